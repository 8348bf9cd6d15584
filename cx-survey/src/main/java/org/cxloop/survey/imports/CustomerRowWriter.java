package org.cxloop.survey.imports;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Customer rows: {@code external_id,name,email,locale,segment,customer_since,churned_at}. An existing external id
 * is updated, a new one inserted; when a chunk repeats an id, its last row wins.
 */
@Component
class CustomerRowWriter implements RowWriter {

    private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2}(-[A-Z]{2})?");

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    CustomerRowWriter(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Rejection> write(List<ParsedRow> rows) {
        var rejections = new ArrayList<Rejection>();
        var valid = new LinkedHashMap<String, MapSqlParameterSource>();
        var now = Timestamp.from(clock.instant());
        for (var row : rows) {
            var problem = check(row);
            if (problem != null) {
                rejections.add(new Rejection(row.line(), problem));
                continue;
            }
            var churned = row.get(6).isEmpty() ? null : Date.valueOf(LocalDate.parse(row.get(6)));
            valid.remove(row.get(0));
            valid.put(row.get(0), new MapSqlParameterSource()
                    .addValue("externalId", row.get(0))
                    .addValue("name", row.get(1))
                    .addValue("email", row.get(2).isEmpty() ? null : row.get(2).toLowerCase(Locale.ROOT))
                    .addValue("locale", row.get(3).isEmpty() ? "en" : row.get(3))
                    .addValue("segment", row.get(4).isEmpty() ? null : row.get(4))
                    .addValue("since", Date.valueOf(LocalDate.parse(row.get(5))))
                    .addValue("churned", churned)
                    .addValue("now", now));
        }
        if (valid.isEmpty()) {
            return rejections;
        }
        var existing = new HashSet<>(jdbc.queryForList("select external_id from customer where external_id in (:ids)",
                new MapSqlParameterSource("ids", valid.keySet()), String.class));
        var updates = valid.entrySet().stream().filter(e -> existing.contains(e.getKey())).map(e -> e.getValue())
                .toArray(MapSqlParameterSource[]::new);
        var inserts = valid.entrySet().stream().filter(e -> !existing.contains(e.getKey())).map(e -> e.getValue())
                .toArray(MapSqlParameterSource[]::new);
        if (updates.length > 0) {
            jdbc.batchUpdate("""
                    update customer set name = :name, email = :email, locale = :locale, segment = :segment,
                        customer_since = :since, churned_at = :churned, updated_at = :now
                    where external_id = :externalId""", updates);
        }
        if (inserts.length > 0) {
            jdbc.batchUpdate("""
                    insert into customer (external_id, name, email, locale, segment, customer_since, churned_at,
                        marketing_consent, survey_opt_out, created_at, updated_at)
                    values (:externalId, :name, :email, :locale, :segment, :since, :churned, false, false, :now, :now)""",
                    inserts);
        }
        return rejections;
    }

    private static String check(ParsedRow row) {
        if (row.values().size() != ImportKind.CUSTOMERS.columns().size()) {
            return "Expected 7 columns, found " + row.values().size() + ".";
        }
        if (!EXTERNAL_ID.matcher(row.get(0)).matches()) {
            return "external_id must be 1 to 100 letters, digits or . _ : @ - (found '" + shorten(row.get(0)) + "').";
        }
        if (row.get(1).isEmpty() || row.get(1).length() > 200) {
            return "name is required and can have at most 200 characters.";
        }
        if (!row.get(2).isEmpty() && (row.get(2).length() > 320 || !EMAIL.matcher(row.get(2)).matches())) {
            return "email '" + shorten(row.get(2)) + "' is not a valid address.";
        }
        if (!row.get(3).isEmpty() && !LOCALE.matcher(row.get(3)).matches()) {
            return "locale must be a language code such as en, es or es-MX (found '" + shorten(row.get(3)) + "').";
        }
        if (row.get(4).length() > 100) {
            return "segment can have at most 100 characters.";
        }
        LocalDate since;
        try {
            since = LocalDate.parse(row.get(5));
        } catch (DateTimeParseException e) {
            return "customer_since must be an ISO date such as 2025-03-01 (found '" + shorten(row.get(5)) + "').";
        }
        if (!row.get(6).isEmpty()) {
            try {
                if (LocalDate.parse(row.get(6)).isBefore(since)) {
                    return "churned_at cannot be before customer_since.";
                }
            } catch (DateTimeParseException e) {
                return "churned_at must be empty or an ISO date such as 2026-10-31 (found '" + shorten(row.get(6)) + "').";
            }
        }
        return null;
    }

    static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
