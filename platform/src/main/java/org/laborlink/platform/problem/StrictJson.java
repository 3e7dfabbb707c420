package org.laborlink.platform.problem;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;

import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;


/**
 * JSON as every LaborLink endpoint reads it: an enum is one of its names (never an ordinal), a whole number is never
 * a fraction, no text holds a NUL character, and every date or instant lies between {@link #EARLIEST} and
 * {@link #LATEST}, so what is accepted can be stored and read back as it was sent. A breach is a 400 naming the field.
 * <p>
 * It holds for the REST layer only (a {@link ContextResolver} the REST layer asks for its mapper): what the services
 * wrote themselves and read back (events, index documents) is read by the application's own mapper, as written.
 */
@Provider
public class StrictJson implements ContextResolver<ObjectMapper> {

    /** The earliest date any request may carry (birth dates of the oldest living workers lie after it). */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The latest date any request may carry (expiry, contract and course dates lie well before it). */
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private final ObjectMapper strict;

    public StrictJson(ObjectMapper application) {
        this.strict = application.copy();
        customize(strict);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }

    /** Makes a mapper strict, as requests are read. */
    static void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("laborlink-strict-json");
        module.addDeserializer(String.class, new TextWithoutNul());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                boolean dated = type == LocalDate.class || type == Instant.class || type == OffsetDateTime.class
                        || type == Year.class;
                return dated ? new DateInRange(deserializer) : deserializer;
            }
        });
        mapper.registerModule(module);
    }

    /** Whether a date lies in the range every request must keep to. */
    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** The message a date out of range is refused with. */
    public static String rangeMessage() {
        return "must be a date from " + EARLIEST + " to " + LATEST;
    }

    /** Text as sent, refused if it holds a NUL character (no database column can store one). */
    static final class TextWithoutNul extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(parser, "must not contain a NUL character", value, String.class);
            }
            return value;
        }
    }

    /** A date, instant or year, refused when it lies outside the range every request must keep to. */
    static final class DateInRange extends DelegatingDeserializer {

        DateInRange(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new DateInRange(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            LocalDate date = switch (value) {
                case LocalDate d -> d;
                case Instant i -> i.atOffset(ZoneOffset.UTC).toLocalDate();
                case OffsetDateTime o -> o.toLocalDate();
                case Year y -> y.atDay(1);
                case null, default -> null;
            };
            if (date != null && !inRange(date)) {
                throw InvalidFormatException.from(parser, rangeMessage(), parser.getText(), value.getClass());
            }
            return value;
        }
    }
}
