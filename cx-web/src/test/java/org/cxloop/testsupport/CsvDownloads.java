package org.cxloop.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.springframework.test.web.servlet.MockMvc;

/** Fetches a CSV export as a manager and checks what every export shares: 200, CSV in UTF-8, an attachment, a BOM. */
public final class CsvDownloads {

    private CsvDownloads() {
    }

    /** The CSV's text without the byte-order mark. */
    public static String csv(MockMvc mvc, String url) throws Exception {
        var body = mvc.perform(get(url).with(user("manager@example.com").roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF");
        return body.substring(1);
    }
}
