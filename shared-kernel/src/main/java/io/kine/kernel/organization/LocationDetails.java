package io.kine.kernel.organization;

import java.time.ZoneId;

/**
 * A clinic location as staff and patients know it. The phone is stored in E.164 form once
 * validated; the time zone is the one its calendars render in.
 */
public record LocationDetails(
        String name,
        String street,
        String postalCode,
        String city,
        String country,
        String phone,
        ZoneId timeZone) {
}
