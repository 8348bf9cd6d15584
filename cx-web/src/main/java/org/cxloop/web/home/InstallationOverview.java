package org.cxloop.web.home;

/** What the installation holds so far: the start page shows these counts, or next steps when all are zero. */
public record InstallationOverview(long customers, long stages, long touchpoints, long responses) {

    public boolean empty() {
        return customers == 0 && touchpoints == 0 && responses == 0;
    }
}
