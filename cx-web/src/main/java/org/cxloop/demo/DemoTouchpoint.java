package org.cxloop.demo;

import java.util.List;
import org.cxloop.core.Channel;
import org.cxloop.survey.response.SurveyType;

/**
 * A touchpoint of the demo journey and how customers feel about it.
 *
 * @param mood how much better (positive) or worse (negative) than average this touchpoint feels, in standard deviations
 * @param surveys the questions asked after an interaction here
 * @param responseRate the share of interactions that get an answer
 * @param support whether interactions here are cases that get resolved
 */
record DemoTouchpoint(String code, String name, Channel channel, String stage, Topic topic, double mood,
        List<SurveyType> surveys, double responseRate, boolean support) {

    boolean isOnboarding() {
        return "onboarding".equals(stage);
    }

    boolean isApp() {
        return channel == Channel.APP;
    }
}
