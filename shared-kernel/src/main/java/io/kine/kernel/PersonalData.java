package io.kine.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event field that holds personal data of a patient (identity, contact, free-text
 * clinical or billing notes) and must become unreadable when that patient is erased (GDPR),
 * while the event itself stays in the log. The event names whose data it is with a
 * {@link DataSubject} field. Dates, amounts, codes and who-did-what are not personal data in
 * this sense and stay readable for ever.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface PersonalData {
}
