package cn.fundperf.ejb.permission;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The id of the record a {@link Guarded} use case works on. Before the body runs, the record is
 * loaded and refused (as not found, and audited) when it lies outside the actor's reach; the body
 * then finds it in the same persistence context without a second query.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface InScope {

    /** The record's entity: a scoped record, or one that decides who may reach it. */
    Class<?> value();
}
