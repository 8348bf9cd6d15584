package org.cxloop.demo;

import static org.cxloop.core.Channel.APP;
import static org.cxloop.core.Channel.CHAT;
import static org.cxloop.core.Channel.EMAIL;
import static org.cxloop.core.Channel.PHONE;
import static org.cxloop.core.Channel.SOCIAL;
import static org.cxloop.core.Channel.STORE;
import static org.cxloop.core.Channel.WEB;
import static org.cxloop.survey.response.SurveyType.CES;
import static org.cxloop.survey.response.SurveyType.CSAT;
import static org.cxloop.survey.response.SurveyType.NPS;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cxloop.core.Channel;
import org.cxloop.survey.response.SurveyType;

/** The demo company's journey: seven stages and nineteen touchpoints covering every channel. */
final class DemoJourney {

    static final List<DemoStage> STAGES = List.of(
            new DemoStage("awareness", "Awareness", 10),
            new DemoStage("consideration", "Consideration", 20),
            new DemoStage("purchase", "Purchase", 30),
            new DemoStage("onboarding", "Onboarding", 40),
            new DemoStage("usage", "Usage", 50),
            new DemoStage("support", "Support", 60),
            new DemoStage("loyalty", "Loyalty", 70));

    static final List<DemoTouchpoint> TOUCHPOINTS = List.of(
            step("ad-social", "Social media ad", SOCIAL, "awareness", Topic.GENERAL, 0.0, List.of(), 0.0),
            step("website-visit", "Website visit", WEB, "awareness", Topic.PURCHASE, 0.1, List.of(CSAT), 0.02),
            step("store-visit", "Store visit", STORE, "consideration", Topic.STORE, 0.3, List.of(CSAT), 0.08),
            step("presales-chat", "Pre-sales chat", CHAT, "consideration", Topic.PURCHASE, 0.2, List.of(CSAT), 0.15),
            step("sales-call", "Sales call", PHONE, "consideration", Topic.PURCHASE, 0.2, List.of(CSAT), 0.20),
            step("checkout-web", "Online checkout", WEB, "purchase", Topic.PURCHASE, 0.2, List.of(CSAT), 0.20),
            step("checkout-store", "In-store purchase", STORE, "purchase", Topic.STORE, 0.4, List.of(CSAT), 0.20),
            step("checkout-app", "In-app purchase", APP, "purchase", Topic.APP, 0.1, List.of(CSAT), 0.20),
            step("welcome-email", "Welcome email", EMAIL, "onboarding", Topic.ONBOARDING, 0.0, List.of(), 0.0),
            step("onboarding-call", "Onboarding call", PHONE, "onboarding", Topic.ONBOARDING, 0.0, List.of(CSAT, NPS), 0.35),
            step("app-first-use", "First use of the app", APP, "onboarding", Topic.ONBOARDING, 0.0, List.of(CSAT, CES), 0.25),
            step("app-use", "App use", APP, "usage", Topic.APP, 0.1, List.of(NPS), 0.04),
            step("billing-email", "Monthly bill", EMAIL, "usage", Topic.BILLING, -0.1, List.of(NPS), 0.05),
            support("support-phone", "Phone support", PHONE, Topic.PHONE, -0.9, List.of(CES, NPS)),
            support("support-chat", "Chat support", CHAT, Topic.SUPPORT, 0.2, List.of(CES, CSAT)),
            support("support-store", "In-store help desk", STORE, Topic.STORE, 0.3, List.of(CSAT, CES)),
            support("support-social", "Social media care", SOCIAL, Topic.SUPPORT, -0.2, List.of(CSAT)),
            step("renewal", "Contract renewal", EMAIL, "loyalty", Topic.BILLING, -0.1, List.of(NPS), 0.30),
            step("referral", "Refer a friend", WEB, "loyalty", Topic.GENERAL, 0.6, List.of(NPS), 0.30));

    private static final Map<String, DemoTouchpoint> BY_CODE = TOUCHPOINTS.stream()
            .collect(Collectors.toMap(DemoTouchpoint::code, Function.identity()));

    private DemoJourney() {
    }

    static DemoTouchpoint touchpoint(String code) {
        var touchpoint = BY_CODE.get(code);
        if (touchpoint == null) {
            throw new IllegalArgumentException("The demo journey has no touchpoint '" + code + "'.");
        }
        return touchpoint;
    }

    private static DemoTouchpoint step(String code, String name, Channel channel, String stage, Topic topic,
            double mood, List<SurveyType> surveys, double responseRate) {
        return new DemoTouchpoint(code, name, channel, stage, topic, mood, surveys, responseRate, false);
    }

    private static DemoTouchpoint support(String code, String name, Channel channel, Topic topic, double mood,
            List<SurveyType> surveys) {
        return new DemoTouchpoint(code, name, channel, "support", topic, mood, surveys, 0.30, true);
    }
}
