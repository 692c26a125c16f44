package org.yingsu.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a PUT body: the representation its GET answers with ({@link #value()}) may be sent back as this body. The
 * properties of that representation the body does not have (id, version, derived figures, names of referenced
 * records) are read-only: they are accepted and ignored ({@link ReadBackJson}). Any other unknown property is still
 * refused with a 400.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadBack {

    /** The record the GET of the same resource answers with. */
    Class<? extends Record> value();
}
