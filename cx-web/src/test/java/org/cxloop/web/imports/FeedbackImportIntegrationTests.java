package org.cxloop.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
import org.cxloop.survey.imports.ImportKind;
import org.cxloop.survey.imports.ImportView;
import org.cxloop.survey.imports.Imports;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@PostgresIntegrationTest
class FeedbackImportIntegrationTests {

    static final String HEADER = "kind,channel,customer_external_id,touchpoint,rating,rating_scale,text,occurred_at,author,link,external_ref\n";

    @Autowired MockMvc mvc;
    @Autowired ApiKeys apiKeys;
    @Autowired Imports imports;
    @Autowired Customers customers;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired JdbcClient jdbc;

    String s;

    @BeforeEach
    void setUp() {
        s = UUID.randomUUID().toString().substring(0, 8);
        stages.save("ist-" + s, new StageDetails("Support", 6));
        touchpoints.save("itp-" + s, new TouchpointDetails("Hotline", Channel.PHONE, "ist-" + s));
        customers.save("ic-" + s, new CustomerDetails("Rita", null, "en", null, LocalDate.of(2020, 1, 1), null, false, false));
    }

    @Test
    void importsGoodRowsReportsBadOnesAndStoresNothingTwiceWhenImportedAgain() throws Exception {
        var csv = HEADER + """
                REVIEW,APP,ic-%1$s,itp-%1$s,2,5,"Slow app, the login keeps failing",2026-01-15T10:00:00+01:00,rita,https://x.example/1,r1-%1$s
                SOCIAL,SOCIAL,,,,,"Muy amables en la tienda, gracias %1$s",2026-02-01,@pepe,,
                CONTACT_CENTRE,PHONE,ic-%1$s,,,,Asked for a refund of the double charge %1$s,2026-02-02,agent 7,,
                STARS,APP,,,,,text,2026-02-01,,,
                REVIEW,FAX,,,,,text,2026-02-01,,,
                REVIEW,APP,ghost-%1$s,,,,text,2026-02-01,,,
                REVIEW,APP,,nowhere-%1$s,,,text,2026-02-01,,,
                REVIEW,APP,,,9,5,text,2026-02-01,,,
                REVIEW,APP,,,,,,2026-02-01,,,
                REVIEW,APP,,,,,text,someday,,,
                REVIEW,APP,,,,,text
                REVIEW,APP,bad\0id,,,,text,2026-02-01,,,
                """.formatted(s);
        var first = awaitFinished(receive(csv));
        assertThat(first.accepted()).isEqualTo(3);
        assertThat(first.rejected()).isEqualTo(9);
        var rejections = imports.rejections(first.id(), 20);
        assertThat(rejections).extracting(r -> r.line()).containsExactly(5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L);
        assertThat(rejections.get(0).reason()).contains("kind must be one of");
        assertThat(rejections.get(2).reason()).isEqualTo("No customer has the external id 'ghost-" + s + "'.");
        assertThat(rejections.get(4).reason()).contains("rating on a scale of 5");
        assertThat(rejections.get(7).reason()).isEqualTo("Expected 11 columns, found 7.");
        assertThat(rejections.get(8).reason()).contains("NUL character");
        assertThat(stored()).isEqualTo(3);
        assertThat(jdbc.sql("""
                        select count(*) from external_feedback f join feedback_analysis a on a.feedback_id = f.id
                        where f.origin = 'IMPORT' and (f.external_ref = :ref or f.text like :like)""")
                .param("ref", "r1-" + s).param("like", "%" + s).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("""
                        select t.code from external_feedback f join feedback_topic ft on ft.feedback_id = f.id
                        join voice_topic t on t.id = ft.topic_id
                        where f.origin = 'IMPORT' and (f.external_ref = :ref or f.text like :like) order by t.code""")
                .param("ref", "r1-" + s).param("like", "%" + s).query(String.class).list()).contains("app", "billing");

        var again = awaitFinished(receive(csv));
        assertThat(again.status().name()).isEqualTo("DONE");
        assertThat(stored()).isEqualTo(3);
    }

    @Test
    void takesFilesThroughTheApiAndTheAdminUpload() throws Exception {
        var bearer = "Bearer " + apiKeys.issue("imports", "tests").secret();
        var csv = HEADER + "OTHER,WEB,ic-%1$s,,10,10,Great website %1$s,2026-03-01,,,api-%1$s\n".formatted(s);
        var body = mvc.perform(post("/api/v1/imports/feedback").header("Authorization", bearer).contentType("text/csv")
                        .content(csv))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.kind").value("FEEDBACK"))
                .andReturn().getResponse().getContentAsString();
        var id = Long.parseLong(body.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        assertThat(awaitFinished(id).accepted()).isEqualTo(1);

        var admin = user("admin@example.com").roles("ADMIN");
        mvc.perform(get("/admin/imports").with(admin))
                .andExpect(content().string(containsString("kind,channel,customer_external_id,touchpoint,rating")));
        var redirect = mvc.perform(multipart("/admin/imports").file(new MockMultipartFile("file", "fb.csv", "text/csv",
                                (HEADER + "SOCIAL,SOCIAL,,,,,Nice %1$s,2026-03-02,,,ui-%1$s\n".formatted(s)).getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "FEEDBACK").with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        awaitFinished(Long.parseLong(redirect.substring(redirect.lastIndexOf('/') + 1)));
        assertThat(jdbc.sql("select count(*) from external_feedback where external_ref in (:refs)")
                .param("refs", java.util.List.of("api-" + s, "ui-" + s)).query(Long.class).single()).isEqualTo(2);
    }

    private long stored() {
        return jdbc.sql("select count(*) from external_feedback where external_ref = :ref or text like :like")
                .param("ref", "r1-" + s).param("like", "%" + s).query(Long.class).single();
    }

    private long receive(String csv) {
        return imports.receive(ImportKind.FEEDBACK, "feedback.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "tests").id();
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
