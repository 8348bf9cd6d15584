package org.cxloop.web.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cxloop.core.Channel;
import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.experiment.Assignment;
import org.cxloop.core.experiment.Experiments;
import org.cxloop.core.experiment.NewExperiment;
import org.cxloop.core.experiment.VariantPicker;
import org.cxloop.core.interaction.InteractionDetails;
import org.cxloop.core.interaction.Interactions;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.metrics.experiment.ExperimentResults;
import org.cxloop.survey.campaign.Audience;
import org.cxloop.survey.campaign.CampaignDetails;
import org.cxloop.survey.campaign.Campaigns;
import org.cxloop.survey.definition.SurveyDefinition;
import org.cxloop.survey.definition.Surveys;
import org.cxloop.survey.imports.ImportKind;
import org.cxloop.survey.imports.ImportView;
import org.cxloop.survey.imports.Imports;
import org.cxloop.survey.invitation.AnswerOutcome;
import org.cxloop.survey.invitation.InvitationTokens;
import org.cxloop.survey.invitation.Invitations;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Experiments on PostgreSQL: defining them, variants on API answers, imports and interactions, and the page. */
@PostgresIntegrationTest
class ExperimentsIntegrationTests {

    static final String SEED = "onboarding-2026";
    static final List<String> VARIANTS = List.of("control", "guided");

    @Autowired MockMvc mvc;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Customers customers;
    @Autowired Experiments experiments;
    @Autowired ExperimentResults results;
    @Autowired Interactions interactions;
    @Autowired Imports imports;
    @Autowired ApiKeys apiKeys;
    @Autowired JdbcClient jdbc;
    @Autowired Surveys surveys;
    @Autowired Campaigns campaigns;
    @Autowired Invitations invitations;
    @Autowired InvitationTokens tokens;

    final RequestPostProcessor manager = user("manager@example.com").roles("MANAGER");
    String s;
    String touchpoint;

    @BeforeEach
    void touchpointAndCustomers() {
        s = UUID.randomUUID().toString().substring(0, 8);
        touchpoint = "signup-" + s;
        stages.save("join-" + s, new StageDetails("Join", 1));
        touchpoints.save(touchpoint, new TouchpointDetails("Sign-up " + s, Channel.WEB, "join-" + s));
        for (var i = 1; i <= 6; i++) {
            customers.save(customer(i), new CustomerDetails("Customer " + i, null, "en", null, LocalDate.of(2025, 1, 1),
                    null, false, false));
        }
    }

    @Test
    void apiAnswersGetTheSeededVariantKeepTheOneTheyNameAndRefuseAnUnknownOne() throws Exception {
        random();
        var bearer = "Bearer " + apiKeys.issue("experiments " + s, "tests").secret();

        mvc.perform(post("/api/v1/responses").header("Authorization", bearer).contentType("application/json")
                        .content(answer(customer(1), "NPS", 9, null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.variant").value(VariantPicker.pick(SEED, customer(1), VARIANTS)));
        mvc.perform(post("/api/v1/responses").header("Authorization", bearer).contentType("application/json")
                        .content(answer(customer(2), "NPS", 9, "GUIDED")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.variant").value("guided"));
        mvc.perform(post("/api/v1/responses").header("Authorization", bearer).contentType("application/json")
                        .content(answer(customer(3), "NPS", 9, "treatment")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("variant"))
                .andExpect(jsonPath("$.detail").value(containsString("control, guided")));
        assertThat(answersOf(customer(3))).isEmpty();
    }

    @Test
    void theSameSeedGivesACustomerTheSameVariantEveryTime() {
        var id = random();
        for (var i = 1; i <= 6; i++) {
            var first = experiments.assignerAt(experiments.get(id).touchpointId())
                    .variantFor(experiments.get(id).touchpointId(), customer(i), Instant.parse("2026-06-01T10:00:00Z"), null);
            var again = experiments.assigner()
                    .variantFor(experiments.get(id).touchpointId(), customer(i), Instant.parse("2026-07-01T10:00:00Z"), "");
            assertThat(first).isEqualTo(again).contains(VariantPicker.pick(SEED, customer(i), VARIANTS));
        }
    }

    @Test
    void csvImportTakesAnOptionalVariantColumnAndRejectsUnknownVariants() throws Exception {
        random();
        var csv = """
                customer_external_id,touchpoint,survey_type,score,comment,responded_at,variant
                %1$s,%4$s,CSAT,5,,2026-06-01,guided
                %2$s,%4$s,CSAT,4,,2026-06-01,
                %3$s,%4$s,CSAT,3,,2026-06-01,treatment
                %3$s,%4$s,CSAT,3,,2025-06-01,
                """.formatted(customer(1), customer(2), customer(3), touchpoint);
        var view = imports.receive(ImportKind.RESPONSES, "variants.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "tests");
        var done = awaitFinished(view.id());

        assertThat(done.accepted()).isEqualTo(3);
        assertThat(imports.rejections(view.id(), 10)).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("control, guided"));
        assertThat(answersOf(customer(1))).containsExactly("guided");
        assertThat(answersOf(customer(2))).containsExactly(VariantPicker.pick(SEED, customer(2), VARIANTS));
        assertThat(answersOf(customer(3))).as("before the experiment started").containsExactly("none");
    }

    @Test
    void interactionsCarryTheVariantInsideTheExperimentOnly() {
        var id = random();
        interactions.record(new InteractionDetails(customer(4), touchpoint, Instant.parse("2026-06-01T10:00:00Z"), true, null));
        interactions.record(new InteractionDetails(customer(5), touchpoint, Instant.parse("2026-06-01T10:00:00Z"), true, null,
                "control"));
        interactions.record(new InteractionDetails(customer(6), touchpoint, Instant.parse("2025-12-31T23:59:00Z"), true, null));

        assertThat(interactionVariant(customer(4))).isEqualTo(VariantPicker.pick(SEED, customer(4), VARIANTS));
        assertThat(interactionVariant(customer(5))).isEqualTo("control");
        assertThat(interactionVariant(customer(6))).isNull();
        var reach = results.compare(experiments.get(id)).reach();
        assertThat(reach.stream().mapToLong(r -> r.interactions()).sum()).isEqualTo(2);
    }

    @Test
    void anAnswerThroughAnEmailedLinkGetsTheSeededVariant() {
        random();
        customers.save("mail-" + s, new CustomerDetails("Mia", "mia-" + s + "@example.com", "en", "exp-" + s,
                LocalDate.of(2025, 1, 1), null, false, false));
        var survey = surveys.create(SurveyDefinition.standard("NPS " + s, SurveyType.NPS));
        var campaign = campaigns.create(new CampaignDetails("Sign-up NPS " + s, survey.id(), touchpoint, Audience.SEGMENT,
                "exp-" + s, null, null, null, 0, 72, 14, false));
        campaigns.launch(campaign.id());
        var token = jdbc.sql("""
                        select i.id, i.token_nonce from invitation i join customer c on c.id = i.customer_id
                        where c.external_id = :id""").param("id", "mail-" + s)
                .query((rs, n) -> tokens.tokenFor(rs.getLong("id"), rs.getString("token_nonce"))).single();

        assertThat(invitations.answer(token, 9, null)).isEqualTo(AnswerOutcome.RECORDED);
        assertThat(answersOf("mail-" + s)).containsExactly(VariantPicker.pick(SEED, "mail-" + s, VARIANTS));
    }

    @Test
    void thePageSaysPlainlyWhenThereIsNotEnoughData() throws Exception {
        var id = attribute();
        insertCsat("control", 5, 3);
        insertCsat("guided", 4, 4);

        mvc.perform(get("/experiments/" + id).with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Not enough data yet: a test needs at least 30 answers in every variant")))
                .andExpect(content().string(containsString("not tested yet")))
                .andExpect(content().string(containsString("more in all")))
                .andExpect(content().string(not(containsString("Not significant"))));
    }

    @Test
    void thePageComparesTheVariantsWithTheHandWorkedCsatExample() throws Exception {
        // 40 of 50 satisfied against 30 of 50: p = 0.029, significant (worked in MetricComparisonTests).
        var id = attribute();
        insertCsat("control", 40, 50);
        insertCsat("guided", 30, 50);

        var csat = results.compare(experiments.get(id)).csat();
        assertThat(csat.figures()).extracting(f -> f.responses()).containsExactly(50L, 50L);
        assertThat(csat.figures()).extracting(f -> f.value()).containsExactly(80.0, 60.0);
        assertThat(csat.differences().getFirst().significant()).isTrue();
        mvc.perform(get("/experiments/" + id).with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0.029")))
                .andExpect(content().string(containsString("Significant")))
                .andExpect(content().string(containsString("-20.0")));
        mvc.perform(get("/experiments").with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/experiments/" + id)));
    }

    @Test
    void managersDefineExperimentsThroughTheFormWithMessagesNextToBadFields() throws Exception {
        mvc.perform(get("/experiments/new").with(manager)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Random split with a seed")));
        mvc.perform(post("/experiments").with(manager).with(csrf()).param("name", "Guided " + s)
                        .param("hypothesis", "A guided sign-up is easier").param("touchpoint", touchpoint)
                        .param("variants", "control, guided").param("assignment", "RANDOM").param("seed", SEED)
                        .param("startsOn", "2026-01-01"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/experiments/*"));
        var created = experiments.list().stream().filter(e -> e.name().equals("Guided " + s)).findFirst().orElseThrow();
        assertThat(created.variants()).containsExactly("control", "guided");
        assertThat(created.createdBy()).isEqualTo("manager@example.com");

        mvc.perform(post("/experiments").with(manager).with(csrf()).param("name", "Again " + s).param("hypothesis", "h")
                        .param("touchpoint", touchpoint).param("variants", "only").param("assignment", "SOMETIMES")
                        .param("seed", "x").param("startsOn", "next week"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose how customers are assigned.")))
                .andExpect(content().string(containsString("Give the start as a date")));
        mvc.perform(post("/experiments").with(manager).with(csrf()).param("name", "Again " + s).param("hypothesis", "h")
                        .param("touchpoint", touchpoint).param("variants", "only").param("assignment", "RANDOM")
                        .param("seed", "x").param("startsOn", "2026-02-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("from 2 to 10 variants")));
        mvc.perform(post("/experiments").with(manager).with(csrf()).param("name", "Again " + s).param("hypothesis", "h")
                        .param("touchpoint", touchpoint).param("variants", "a, b").param("assignment", "RANDOM")
                        .param("seed", "x").param("startsOn", "2026-02-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("still runs at this touchpoint")));
        mvc.perform(post("/experiments").with(manager).with(csrf()).param("name", "").param("hypothesis", "")
                        .param("touchpoint", touchpoint).param("variants", "a, b").param("assignment", "RANDOM")
                        .param("seed", "").param("startsOn", "2026-02-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the experiment a name.")));
    }

    @Test
    void anEndedExperimentGivesLaterAnswersNoVariant() throws Exception {
        var id = random();
        mvc.perform(post("/experiments/" + id + "/end").with(manager).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var ended = experiments.get(id);
        assertThat(ended.endsAt()).isNotNull();
        assertThat(experiments.assigner().variantFor(ended.touchpointId(), customer(1), Instant.now().plusSeconds(1), null))
                .isEmpty();
        assertThat(experiments.assigner().variantFor(ended.touchpointId(), customer(1), Instant.parse("2026-06-01T00:00:00Z"), null))
                .isPresent();
    }

    private long random() {
        return experiments.create(new NewExperiment("Guided sign-up " + s, "Guided is easier", touchpoint,
                "control, guided", Assignment.RANDOM, SEED, LocalDate.of(2026, 1, 1)), "tests");
    }

    private long attribute() {
        return experiments.create(new NewExperiment("Imported " + s, "Guided is easier", touchpoint,
                "control, guided", Assignment.ATTRIBUTE, null, LocalDate.of(2026, 1, 1)), "tests");
    }

    private void insertCsat(String variant, int satisfied, int answers) {
        for (var i = 0; i < answers; i++) {
            jdbc.sql("""
                            insert into survey_response (customer_id, touchpoint_id, survey_type, score, responded_at, source,
                                created_at, variant)
                            select c.id, t.id, 'CSAT', :score, :at, 'API', :at, :variant
                            from customer c, touchpoint t where c.external_id = :customer and t.code = :touchpoint""")
                    .param("score", i < satisfied ? 5 : 2).param("at", Timestamp.from(Instant.parse("2026-06-01T10:00:00Z")))
                    .param("variant", variant).param("customer", customer(1 + i % 6)).param("touchpoint", touchpoint).update();
        }
    }

    private String customer(int i) {
        return "x" + i + "-" + s;
    }

    private String answer(String customer, String type, int score, String variant) {
        return """
                {"customerExternalId":"%s","touchpoint":"%s","surveyType":"%s","score":%d,"respondedAt":"2026-06-01T10:00:00Z"%s}"""
                .formatted(customer, touchpoint, type, score, variant == null ? "" : ",\"variant\":\"" + variant + "\"");
    }

    private List<String> answersOf(String customer) {
        return jdbc.sql("""
                        select coalesce(r.variant, 'none') from survey_response r join customer c on c.id = r.customer_id
                        where c.external_id = :id order by r.responded_at desc""")
                .param("id", customer).query(String.class).list();
    }

    private String interactionVariant(String customer) {
        return jdbc.sql("select i.variant from interaction i join customer c on c.id = i.customer_id where c.external_id = :id")
                .param("id", customer).query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1))).single().orElse(null);
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
