package org.cxloop.bench;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Benchmark 5: a campaign to every active customer of the data set, launched through CX Loop's screens (sign in,
 * new survey, new campaign with audience "everyone", launch) and sent by CX Loop's mail outbox to the SMTP server this
 * JVM runs ({@link CountingSmtpServer}, on {@code smtp-port}; CX Loop must be started with CX_SMTP_HOST/CX_SMTP_PORT
 * pointing at it).
 * It measures the mails per minute that arrive, then checks that each invited customer got exactly one mail and
 * that as many arrived as invitations were queued (when the time runs out first, that none arrived twice or for a
 * customer not invited; exit status 3). Baseline in the same run: as many copies of a mail CX Loop sent,
 * each to one of the same recipients, sent from this JVM with Jakarta Mail over one SMTP connection to the same
 * server, the ceiling of what the server accepts. Earlier bench campaigns are deleted first (the fatigue rule would
 * skip customers they invited). Usage:
 * {@code InvitationCampaign <base-url> <jdbc-url> <smtp-port> <admin-email> <admin-password> [max-minutes=30]}.
 */
public final class InvitationCampaign {

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("Usage: InvitationCampaign <base-url> <jdbc-url> <smtp-port> <admin-email> <admin-password> [max-minutes=30]");
            System.exit(2);
        }
        var base = args[0];
        var port = Integer.parseInt(args[2]);
        var maxMillis = (long) ((args.length > 5 ? Double.parseDouble(args[5]) : 30) * 60_000);
        try (var smtp = new CountingSmtpServer(port); var db = DriverManager.getConnection(args[1], "postgres", "")) {
            forgetEarlierCampaigns(db);
            var browser = new Browser(base);
            browser.signIn(args[3], args[4]);
            var surveyName = "Bench NPS " + System.currentTimeMillis();
            var survey = new HashMap<String, String>();
            survey.put("name", surveyName);
            survey.put("type", "NPS");
            survey.put("questionEn", "How likely are you to recommend us to a friend or colleague?");
            survey.put("questionEs", "¿Qué probabilidad hay de que nos recomiendes a un amigo o colega?");
            survey.put("commentPromptEn", "What is the main reason for your score?");
            survey.put("commentPromptEs", "¿Cuál es el motivo principal de tu puntuación?");
            browser.submit("/surveys/new", "/surveys", survey);
            long surveyId;
            try (var ps = db.prepareStatement("select id from survey where name = ?")) {
                ps.setString(1, surveyName);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    surveyId = rs.getLong(1);
                }
            }
            var campaign = new HashMap<String, String>();
            campaign.put("name", "Bench campaign " + System.currentTimeMillis());
            campaign.put("surveyId", Long.toString(surveyId));
            campaign.put("touchpoint", "tp-00");
            campaign.put("audience", "EVERYONE");
            campaign.put("reminders", "0");
            campaign.put("reminderIntervalHours", "72");
            campaign.put("linkValidityDays", "14");
            var location = browser.submit("/surveys/campaigns/new", "/surveys/campaigns", campaign);
            var campaignId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

            System.out.printf("== launching campaign %d to every active customer (load %s)%n", campaignId, Load.now());
            var started = System.nanoTime();
            browser.submit("/surveys/campaigns/" + campaignId, "/surveys/campaigns/" + campaignId + "/launch", Map.of());
            var launchSeconds = (System.nanoTime() - started) / 1e9;
            var expected = recipients(db, campaignId);
            var queued = count(db, "select count(*) from mail_outbox o join invitation i on i.id = o.invitation_id where i.campaign_id = " + campaignId);
            var skipped = count(db, "select count(*) from invitation_skip where campaign_id = " + campaignId);
            System.out.printf("launch answered in %.1f s: %,d invitations queued (%,d distinct addresses), %,d customers skipped%n",
                    launchSeconds, queued, new HashSet<>(expected).size(), skipped);

            var invited = new HashSet<String>();
            expected.forEach(address -> invited.add(address.toLowerCase(java.util.Locale.ROOT)));
            var product = await(smtp, queued, started, maxMillis);
            if (product.arrived() < queued) {
                // Out of time: cancel what is still queued and let the batch in flight finish, so neither the checks
                // nor the baseline see mail CX Loop sends later.
                db.createStatement().executeUpdate("update mail_outbox set status = 'CANCELLED' where status = 'PENDING'");
                for (var i = 0; i < 120 && count(db, "select count(*) from mail_outbox where status = 'SENDING'") > 0; i++) {
                    Thread.sleep(1000);
                }
            }
            Thread.sleep(3000); // anything sent twice arrives late
            var received = smtp.delivered();
            var perRecipient = smtp.perRecipient();
            var twice = perRecipient.values().stream().filter(n -> n > 1).count();
            var missing = invited.stream().filter(e -> !perRecipient.containsKey(e)).count();
            var strangers = perRecipient.keySet().stream().filter(e -> !invited.contains(e)).count();
            var unsent = count(db, "select count(*) from mail_outbox o join invitation i on i.id = o.invitation_id where i.campaign_id = "
                    + campaignId + " and o.status <> 'SENT'");
            var sentInvitations = count(db, "select count(*) from invitation where campaign_id = " + campaignId + " and status = 'SENT'");
            var firstMail = smtp.firstMail();
            var template = firstMail == null ? null
                    : new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(firstMail));
            var size = firstMail == null ? 0 : firstMail.length;

            smtp.forget();
            System.out.printf("== baseline: %,d mails from this JVM, Jakarta Mail, one SMTP connection (load %s)%n", received, Load.now());
            // As many mails as CX Loop delivered (all of them, unless its time ran out), to the same recipients.
            var baseline = template == null ? null
                    : baseline(smtp, port, template, expected.subList(0, (int) Math.min(expected.size(), received)), maxMillis);

            System.out.printf("%-52s | %10s | %8s | %s%n", "path", "mails", "seconds", "mails/minute");
            System.out.printf("%-52s | %,10d | %8.1f | %,10.0f  (from the launch click to the last mail)%n",
                    "CX Loop campaign (launch + outbox + SMTP)", product.arrived(), product.seconds(), product.perMinute());
            System.out.printf("%-52s | %,10d | %8.1f | %,10.0f  (first to last mail)%n", "  of which sending", product.arrived(),
                    product.sendingSeconds(), product.sendingPerMinute());
            if (baseline != null) {
                System.out.printf("%-52s | %,10d | %8.1f | %,10.0f%n", "Jakarta Mail, one connection (baseline)", baseline.arrived(),
                        baseline.seconds(), baseline.perMinute());
                System.out.printf("CX Loop / baseline: %.0f %%   mail size %,d bytes%n", 100 * product.perMinute() / baseline.perMinute(), size);
            }
            System.out.printf("check: %,d queued, %,d arrived, %,d recipients, %,d got more than one, %,d invited got none,"
                            + " %,d not invited got one; outbox rows not SENT: %,d; invitations SENT: %,d%n",
                    queued, received, perRecipient.size(), twice, missing, strangers, unsent, sentInvitations);
            if (received < queued) {
                // Time ran out: what can be checked is that nothing arrived twice or for someone not invited, and that
                // every mail that arrived is marked sent (give or take the mails in flight when the count was taken).
                var clean = twice == 0 && strangers == 0 && Math.abs(sentInvitations - received) <= 200;
                System.out.printf("NOT FINISHED in the time given: %,d of %,d mails; none twice, none to a stranger: %s%n",
                        received, queued, clean ? "yes" : "NO");
                System.exit(clean ? 3 : 1);
            }
            var exact = received == queued && twice == 0 && missing == 0 && strangers == 0 && unsent == 0
                    && sentInvitations == queued;
            System.out.println(exact ? "exactly once: yes" : "exactly once: NO");
            if (!exact) {
                System.exit(1);
            }
        }
    }

    record Timing(int arrived, double seconds, double sendingSeconds) {
        double perMinute() {
            return arrived * 60 / seconds;
        }

        double sendingPerMinute() {
            return (arrived - 1) * 60 / sendingSeconds;
        }
    }

    /** Waits until {@code expected} mails have arrived (or the time is up); times from {@code started}. */
    private static Timing await(CountingSmtpServer smtp, long expected, long started, long maxMillis) throws Exception {
        long first = 0;
        long lastReport = System.nanoTime();
        int arrived = 0;
        while (true) {
            arrived = (int) smtp.delivered();
            var now = System.nanoTime();
            if (arrived > 0 && first == 0) {
                first = now;
            }
            if (arrived >= expected || (now - started) / 1_000_000 > maxMillis) {
                if (arrived < expected) {
                    System.out.printf("time is up: %,d of %,d mails arrived%n", arrived, expected);
                }
                return new Timing(arrived, (now - started) / 1e9, first == 0 ? 0 : (now - first) / 1e9);
            }
            if (now - lastReport > 30e9) {
                System.out.printf("  %,d mails after %.0f s (load %s)%n", arrived, (now - started) / 1e9, Load.now());
                lastReport = now;
            }
            Thread.sleep(arrived == 0 ? 100 : 500);
        }
    }

    private static Timing baseline(CountingSmtpServer smtp, int port, MimeMessage template, List<String> recipients,
            long maxMillis) throws Exception {
        var properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(port));
        // The same socket option CX Loop sets (NoDelaySocketFactory): without it Nagle and delayed ACKs cap one
        // connection at about 25 mails a second, and the baseline would measure that, not the server.
        properties.put("mail.smtp.socketFactory", new javax.net.SocketFactory() {
            @Override
            public java.net.Socket createSocket() throws java.io.IOException {
                var socket = new java.net.Socket();
                socket.setTcpNoDelay(true);
                return socket;
            }

            @Override
            public java.net.Socket createSocket(String host, int port) throws java.io.IOException {
                throw new UnsupportedOperationException("Jakarta Mail connects an unconnected socket");
            }

            @Override
            public java.net.Socket createSocket(String host, int port, java.net.InetAddress local, int localPort) {
                throw new UnsupportedOperationException("Jakarta Mail connects an unconnected socket");
            }

            @Override
            public java.net.Socket createSocket(java.net.InetAddress host, int port) {
                throw new UnsupportedOperationException("Jakarta Mail connects an unconnected socket");
            }

            @Override
            public java.net.Socket createSocket(java.net.InetAddress host, int port, java.net.InetAddress local, int localPort) {
                throw new UnsupportedOperationException("Jakarta Mail connects an unconnected socket");
            }
        });
        var session = Session.getInstance(properties);
        var started = System.nanoTime();
        try (var transport = session.getTransport("smtp")) {
            transport.connect();
            for (var to : recipients) {
                var message = new MimeMessage(template);
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
        return await(smtp, recipients.size(), started, maxMillis);
    }

    private static void forgetEarlierCampaigns(Connection db) throws Exception {
        try (var st = db.createStatement()) {
            var cases = "select id from follow_up_case where campaign_id is not null";
            st.executeUpdate("delete from follow_up_mail where case_id in (" + cases + ")");
            st.executeUpdate("delete from follow_up_case_event where case_id in (" + cases + ")");
            st.executeUpdate("delete from follow_up_case where id in (" + cases + ")");
            st.executeUpdate("delete from follow_up_rule where campaign_id is not null");
            st.executeUpdate("delete from survey_response where invitation_id is not null");
            st.execute("truncate mail_outbox, invitation_skip"); // nothing refers to them; delete would leave dead rows to scan
            st.executeUpdate("delete from invitation");
            st.executeUpdate("delete from campaign");
            st.execute("vacuum analyze mail_outbox");
            st.execute("vacuum analyze invitation");
        }
    }

    private static List<String> recipients(Connection db, long campaignId) throws Exception {
        var emails = new ArrayList<String>();
        try (var rs = db.createStatement().executeQuery("select c.email from invitation i join customer c on c.id = i.customer_id"
                + " where i.campaign_id = " + campaignId)) {
            while (rs.next()) {
                emails.add(rs.getString(1));
            }
        }
        return emails;
    }

    private static long count(Connection db, String sql) throws Exception {
        try (var rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
