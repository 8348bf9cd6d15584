package org.cxloop.web.voice;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.cxloop.core.Channel;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.survey.response.NewResponse;
import org.cxloop.survey.response.ResponseSource;
import org.cxloop.survey.response.Responses;
import org.cxloop.survey.response.SurveyType;

/** A touchpoint and customers of their own for one test, so figures filtered to the touchpoint count only their answers. */
final class VoiceData {

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String stage = "voice-st-" + run;
    final String touchpoint = "voice-tp-" + run;
    private final Customers customers;
    private final Responses responses;

    VoiceData(JourneyStages stages, Touchpoints touchpoints, Customers customers, Responses responses) {
        this.customers = customers;
        this.responses = responses;
        stages.save(stage, new StageDetails("Care " + run, 3));
        touchpoints.save(touchpoint, new TouchpointDetails("Hotline " + run, Channel.PHONE, stage));
    }

    String customer(String name, String locale) {
        var id = run + "-" + name;
        customers.save(id, new CustomerDetails(name, null, locale, null, LocalDate.of(2024, 1, 1), null, false, false));
        return id;
    }

    long answer(String customer, SurveyType type, int score, String comment, String at) {
        return responses.record(new NewResponse(customer, touchpoint, type, score, comment, OffsetDateTime.parse(at).toInstant(),
                null), ResponseSource.API).response().id();
    }
}
