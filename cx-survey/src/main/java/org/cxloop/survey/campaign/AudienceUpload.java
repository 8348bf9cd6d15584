package org.cxloop.survey.campaign;

import java.util.List;

/**
 * How an uploaded audience list went: how many customers are now on the campaign's list, and each line that named
 * no customer (line number, the value, and the message code saying why). {@code moreRejected} counts rejected lines
 * beyond those listed.
 */
public record AudienceUpload(long listed, List<Line> rejected, long moreRejected) {

    public record Line(long line, String value, String reasonCode) {
    }

    public long rejectedTotal() {
        return rejected.size() + moreRejected;
    }
}
