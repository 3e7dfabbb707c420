package org.laborlink.platform.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Query, path and header parameters as every LaborLink endpoint reads them: a value that is not of the parameter's
 * type ({@code limit=abc}, {@code status=XYZ}, {@code from=garbage}, a number beyond its range, a date outside
 * {@link StrictJson}'s range) is a 400 naming the parameter, not JAX-RS's bare 404.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    /** A parameter whose value is not of its type; answered 400 naming it. */
    public static class InvalidParameterException extends BadRequestException {

        private final String parameter;
        private final String reason;

        public InvalidParameterException(String parameter, String reason) {
            super(parameter + ": " + reason);
            this.parameter = parameter;
            this.reason = reason;
        }

        public ProblemException problem() {
            return ProblemException.invalidField(parameter, reason);
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (type == Integer.class || type == int.class) {
            return converter(name, "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE,
                    s -> (T) Integer.valueOf(s.strip()));
        }
        if (type == Long.class || type == long.class) {
            return converter(name, "must be a whole number", s -> (T) Long.valueOf(s.strip()));
        }
        if (type == Double.class || type == double.class) {
            return converter(name, "must be a finite number", s -> {
                double d = Double.parseDouble(s.strip());
                if (!Double.isFinite(d)) {
                    throw new NumberFormatException(s);
                }
                return (T) Double.valueOf(d);
            });
        }
        if (type == Boolean.class || type == boolean.class) {
            return converter(name, "must be true or false", s -> switch (s.strip()) {
                case "true" -> (T) Boolean.TRUE;
                case "false" -> (T) Boolean.FALSE;
                default -> throw new IllegalArgumentException(s);
            });
        }
        if (type == UUID.class) {
            return converter(name, "must be a UUID", s -> (T) UUID.fromString(s.strip()));
        }
        if (type == LocalDate.class) {
            return converter(name, "must be a date (yyyy-MM-dd) from " + StrictJson.EARLIEST + " to " + StrictJson.LATEST,
                    s -> {
                        LocalDate date = LocalDate.parse(s.strip());
                        if (!StrictJson.inRange(date)) {
                            throw new DateTimeParseException("out of range", s, 0);
                        }
                        return (T) date;
                    });
        }
        if (type.isEnum()) {
            List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            return converter(name, "must be one of " + names, s -> (T) Enum.valueOf((Class) type, s.strip()));
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, String reason, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (RuntimeException e) {
                    throw new InvalidParameterException(name, reason);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations) {
            switch (a) {
                case QueryParam q -> {
                    return q.value();
                }
                case PathParam p -> {
                    return p.value();
                }
                case HeaderParam h -> {
                    return h.value();
                }
                default -> {
                }
            }
        }
        return null;
    }
}
