package dev.zmodel.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads the date/time text of a {@code DateTime} default ({@code 2020-01-01T10:00:00.123Z}, …) and prints it for SQL. */
final class Temporal {
    private Temporal() {}

    /** The instant as a UTC date-time (a text without offset is taken as it is); null when it is no date/time. */
    static LocalDateTime parse(String text) {
        String t = text.trim().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(t).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(t);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDate.parse(t).atStartOfDay();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalTime.parse(t).atDate(LocalDate.of(1970, 1, 1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String date(LocalDateTime value) {
        return value.toLocalDate().toString();
    }

    /**
     * {@code HH:mm:ss} plus the fraction: {@code digits} fraction digits (MySQL pads to the column precision), or
     * -1 for PostgreSQL's form (trailing zeros removed, no dot when zero).
     */
    static String time(LocalDateTime value, int digits) {
        LocalTime t = value.toLocalTime();
        String base = String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        String nanos = String.format("%09d", t.getNano());
        if (digits < 0) {
            String trimmed = nanos.replaceAll("0+$", "");
            return trimmed.isEmpty() ? base : base + "." + trimmed;
        }
        return digits == 0 ? base : base + "." + nanos.substring(0, Math.min(9, digits));
    }
}
