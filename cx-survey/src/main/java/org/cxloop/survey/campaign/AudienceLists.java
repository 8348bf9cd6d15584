package org.cxloop.survey.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cxloop.core.InvalidInputException;
import org.cxloop.survey.imports.CsvFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The uploaded list behind a {@link Audience#LIST} campaign: a CSV whose first column is headed {@code external_id}
 * or {@code email}, read with the import's strict RFC 4180 / UTF-8 parser from a temporary file (never whole in
 * memory). Customers are looked up a thousand lines at a time; a new upload replaces the list, and lines that name
 * no customer are reported with their line number. Nothing changes when the file itself is refused.
 */
@Service
@Transactional(readOnly = true)
public class AudienceLists {

    static final Set<String> HEADERS = Set.of("external_id", "email");
    private static final int CHUNK = 1000;
    private static final int REPORTED = 200;

    private final JdbcClient jdbc;
    private final Campaigns campaigns;

    AudienceLists(JdbcClient jdbc, Campaigns campaigns) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
    }

    @Transactional
    public AudienceUpload upload(long campaignId, InputStream body) {
        var campaign = campaigns.get(campaignId);
        if (campaign.details().audience() != Audience.LIST) {
            throw new InvalidInputException("file", "campaign.list.notList", "This campaign's audience is not an uploaded list.");
        }
        if (campaign.status() != CampaignStatus.DRAFT) {
            throw new InvalidInputException("file", "campaign.alreadyLaunched", "This campaign was launched already.");
        }
        try {
            var file = Files.createTempFile("cx-audience-", ".csv");
            try {
                Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
                var column = CsvFiles.firstColumn(file, HEADERS);
                jdbc.sql("delete from campaign_audience where campaign_id = :id").param("id", campaignId).update();
                var rejected = new ArrayList<AudienceUpload.Line>();
                var more = new long[1];
                var chunk = new LinkedHashMap<Long, String>();
                CsvFiles.read(file, 0, row -> {
                    chunk.put(row.line(), row.get(0));
                    if (chunk.size() == CHUNK) {
                        add(campaignId, column, chunk, rejected, more);
                    }
                });
                add(campaignId, column, chunk, rejected, more);
                var listed = jdbc.sql("select count(*) from campaign_audience where campaign_id = :id").param("id", campaignId)
                        .query(Long.class).single();
                return new AudienceUpload(listed, List.copyOf(rejected), more[0]);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException("file", "import.file.malformed", "The file is not valid CSV (RFC 4180): " + e.getMessage());
        }
    }

    /** How many customers are on the campaign's list. */
    public long size(long campaignId) {
        return jdbc.sql("select count(*) from campaign_audience where campaign_id = :id").param("id", campaignId)
                .query(Long.class).single();
    }

    private void add(long campaignId, String column, Map<Long, String> chunk, List<AudienceUpload.Line> rejected, long[] more) {
        if (chunk.isEmpty()) {
            return;
        }
        var byEmail = column.equals("email");
        var values = new HashSet<String>();
        chunk.values().stream().filter(v -> !v.isEmpty()).map(v -> byEmail ? v.toLowerCase(Locale.ROOT) : v).forEach(values::add);
        var key = byEmail ? "lower(c.email)" : "c.external_id";
        var known = values.isEmpty() ? Set.<String>of() : new HashSet<>(jdbc.sql("select distinct " + key
                        + " from customer c where " + key + " in (:values)")
                .param("values", values).query(String.class).list());
        if (!known.isEmpty()) {
            jdbc.sql("insert into campaign_audience (campaign_id, customer_id) select :campaign, c.id from customer c where "
                            + key + " in (:values) and not exists (select 1 from campaign_audience a"
                            + " where a.campaign_id = :campaign and a.customer_id = c.id)")
                    .param("campaign", campaignId).param("values", known).update();
        }
        chunk.forEach((line, value) -> {
            var normalized = byEmail ? value.toLowerCase(Locale.ROOT) : value;
            if (value.isEmpty() || !known.contains(normalized)) {
                var reason = value.isEmpty() ? "campaign.list.line.empty"
                        : byEmail ? "campaign.list.line.unknownEmail" : "campaign.list.line.unknownId";
                if (rejected.size() < REPORTED) {
                    rejected.add(new AudienceUpload.Line(line, value.length() > 100 ? value.substring(0, 100) + "…" : value, reason));
                } else {
                    more[0]++;
                }
            }
        });
        chunk.clear();
    }
}
