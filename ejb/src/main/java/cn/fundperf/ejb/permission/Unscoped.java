package cn.fundperf.ejb.permission;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An id that names a record without data scope (reference data, an administrator's object whose
 * rule is the separation of duties): said on the parameter, with why, so that an id is never
 * left unchecked by accident.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Unscoped {

    /** Why the id needs no data scope. */
    String value();
}
