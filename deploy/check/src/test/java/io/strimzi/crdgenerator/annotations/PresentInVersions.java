package io.strimzi.crdgenerator.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotation io.strimzi:api's model carries on each field served in some API versions only ("v1beta2", "v1+").
 * Its own type lives in Strimzi's crd-generator, which Maven Central has only up to 0.45.0, as a jar with its own
 * copy of Jackson; declared here with the same name and shape, so reflection reads the model's annotations.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE})
public @interface PresentInVersions {
    String value();
}
