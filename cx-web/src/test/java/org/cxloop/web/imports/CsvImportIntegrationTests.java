package org.cxloop.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cxloop.core.Channel;
import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.survey.imports.ImportView;
import org.cxloop.survey.imports.Imports;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@PostgresIntegrationTest
class CsvImportIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ApiKeys apiKeys;
    @Autowired Imports imports;
    @Autowired Customers customers;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired JdbcClient jdbc;
    @Autowired ConfigurableApplicationContext context;

    String bearer;
    String s;

    @BeforeEach
    void setUp() {
        bearer = "Bearer " + apiKeys.issue("imports", "tests").secret();
        s = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void importsValidCustomersReportsEachBadLineAndUpdatesExistingOnes() throws Exception {
        customers.save("imp-1-" + s, new CustomerDetails("Old name", null, "en", null, LocalDate.of(2020, 1, 1), null, false, false));
        var csv = """
                external_id,name,email,locale,segment,customer_since,churned_at
                imp-1-%1$s,"Gómez, Lucía",lucia@example.com,es,Families,2024-02-01,
                imp-2-%1$s,Bob,not-an-email,en,Families,2024-02-01,
                imp-3-%1$s,"Multi
                line name",multi@example.com,en,SMB,2024-03-01,2025-01-31
                imp-4-%1$s,Dana,dana@example.com,en,SMB,2024-05-01,2024-04-30
                imp-5-%1$s,Eve,eve@example.com,fr-FR,SMB,2023-01-01,
                """.formatted(s);
        var location = mvc.perform(post("/api/v1/imports/customers").header("Authorization", bearer)
                        .contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", containsString("/api/v1/imports/")))
                .andExpect(jsonPath("$.kind").value("CUSTOMERS"))
                .andReturn().getResponse().getHeader("Location");
        var id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        awaitFinished(id);

        mvc.perform(get(location).header("Authorization", bearer))
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.progress").value(100))
                .andExpect(jsonPath("$.accepted").value(3))
                .andExpect(jsonPath("$.rejected").value(2))
                .andExpect(jsonPath("$.rejectedRows[0].line").value(3))
                .andExpect(jsonPath("$.rejectedRows[0].reason", containsString("email")))
                .andExpect(jsonPath("$.rejectedRows[1].line").value(6))
                .andExpect(jsonPath("$.rejectedRows[1].reason", containsString("churned_at cannot be before")));
        assertThat(customers.get("imp-1-" + s).name()).isEqualTo("Gómez, Lucía");
        assertThat(customers.get("imp-1-" + s).segment()).isEqualTo("Families");
        assertThat(customers.get("imp-3-" + s).name()).isEqualTo("Multi\nline name");
        assertThat(customers.get("imp-3-" + s).churnedAt()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(customers.find("imp-2-" + s)).isEmpty();
    }

    @Test
    void importsHistoricalResponsesAndRejectsWhatCannotBeStored() throws Exception {
        stages.save("st-" + s, new StageDetails("Support", 6));
        touchpoints.save("tp-" + s, new TouchpointDetails("Chat", Channel.CHAT, "st-" + s));
        customers.save("r-" + s, new CustomerDetails("Rita", null, "en", null, LocalDate.of(2020, 1, 1), null, false, false));
        var csv = """
                customer_external_id,touchpoint,survey_type,score,comment,responded_at
                r-%1$s,tp-%1$s,NPS,9,"Great, fast",2026-01-15T10:00:00+01:00
                r-%1$s,tp-%1$s,CSAT,2,,2026-02-01
                r-%1$s,tp-%1$s,CES,8,,2026-02-01
                r-%1$s,nowhere-%1$s,NPS,5,,2026-02-01
                ghost-%1$s,tp-%1$s,NPS,5,,2026-02-01
                r-%1$s,tp-%1$s,NPS,7,,yesterday
                r-%1$s,tp-%1$s,STARS,5,,2026-02-01
                """.formatted(s);
        var view = imports.receive(org.cxloop.survey.imports.ImportKind.RESPONSES, "responses.csv",
                new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "tests");
        var done = awaitFinished(view.id());
        assertThat(done.accepted()).isEqualTo(2);
        assertThat(done.rejected()).isEqualTo(5);
        assertThat(imports.rejections(view.id(), 10)).extracting(r -> r.line()).containsExactly(4L, 5L, 6L, 7L, 8L);
        var stored = jdbc.sql("""
                        select r.survey_type || ':' || r.score || ':' || r.source from survey_response r
                        join customer c on c.id = r.customer_id where c.external_id = :id order by r.responded_at""")
                .param("id", "r-" + s).query(String.class).list();
        assertThat(stored).containsExactly("NPS:9:IMPORT", "CSAT:2:IMPORT");
    }

    @Test
    void refusesAFileWithTheWrongHeaderOrEncodingAtOnce() throws Exception {
        mvc.perform(post("/api/v1/imports/customers").header("Authorization", bearer).contentType("text/csv")
                        .content("id,name\n1,Ann\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail", containsString("external_id,name,email,locale,segment,customer_since,churned_at")));
        mvc.perform(post("/api/v1/imports/customers").header("Authorization", bearer).contentType("text/csv")
                        .content("external_id,name,email,locale,segment,customer_since,churned_at\nx,G\u00f3mez,,,,2024-01-01,\n"
                                .getBytes(StandardCharsets.ISO_8859_1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("UTF-8")));
        mvc.perform(post("/api/v1/imports/customers").header("Authorization", bearer).contentType("application/json")
                        .content("{}"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void resumesAnInterruptedImportAtItsCheckpointWithoutStoringRowsTwice() throws Exception {
        var file = Path.of("target/test-data/imports/resume-" + s + ".csv").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                external_id,name,email,locale,segment,customer_since,churned_at
                res-1-%1$s,One,,en,,2024-01-01,
                res-2-%1$s,Two,,en,,2024-01-01,
                res-3-%1$s,Three,,en,,2024-01-01,
                res-4-%1$s,Four,,en,,2024-01-01,
                """.formatted(s));
        customers.save("res-1-" + s, new CustomerDetails("One", null, "en", null, LocalDate.of(2024, 1, 1), null, false, false));
        customers.save("res-2-" + s, new CustomerDetails("Two", null, "en", null, LocalDate.of(2024, 1, 1), null, false, false));
        var inserted = jdbc.sql("""
                        insert into data_import (kind, status, file_name, stored_path, total_rows, processed_rows, checkpoint,
                            accepted, rejected, created_by, created_at, started_at)
                        values ('CUSTOMERS', 'RUNNING', 'resume.csv', :path, 4, 2, 2, 2, 0, 'tests', :now, :now)""")
                .param("path", file.toString()).param("now", Timestamp.from(Instant.now()))
                .update(new org.springframework.jdbc.support.GeneratedKeyHolder(), "id");
        var importId = jdbc.sql("select id from data_import where stored_path = :path").param("path", file.toString())
                .query(Long.class).single();

        context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
        var done = awaitFinished(importId);

        assertThat(inserted).isEqualTo(1);
        assertThat(done.accepted()).isEqualTo(4);
        assertThat(done.processedRows()).isEqualTo(4);
        assertThat(customers.find("res-3-" + s)).isPresent();
        assertThat(customers.find("res-4-" + s)).isPresent();
    }

    @Test
    void adminsUploadAFileAndSeeItsRejectedLines() throws Exception {
        var file = new MockMultipartFile("file", "people.csv", "text/csv", ("""
                external_id,name,email,locale,segment,customer_since,churned_at
                ui-1-%1$s,Ana,,es,,2024-01-01,
                ui-2-%1$s,,,es,,2024-01-01,
                """.formatted(s)).getBytes(StandardCharsets.UTF_8));
        var admin = user("admin@example.com").roles("ADMIN");
        var redirect = mvc.perform(multipart("/admin/imports").file(file).param("kind", "CUSTOMERS").with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        awaitFinished(Long.parseLong(redirect.substring(redirect.lastIndexOf('/') + 1)));
        mvc.perform(get(redirect).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name is required")))
                .andExpect(content().string(containsString("people.csv")));
        mvc.perform(multipart("/admin/imports").file(new MockMultipartFile("file", "x.csv", "text/csv", "a,b\n".getBytes()))
                        .param("kind", "CUSTOMERS").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The first row does not have the expected columns.")));
        mvc.perform(get("/admin/imports").with(user("m@example.com").roles("MANAGER"))).andExpect(status().isForbidden());
    }

    private ImportView awaitFinished(long id) throws InterruptedException {
        var deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            var view = imports.get(id);
            if (view.status().finished()) {
                return view;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Import " + id + " did not finish in 30 s");
    }
}
