package org.cxloop.web.widget;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.cxloop.core.apikey.PublishableKeys;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Admin → Website widget: create a publishable key with its origins, see the paste-in snippet, revoke it. */
@PostgresIntegrationTest
class WidgetKeyScreensIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired PublishableKeys keys;

    @Test
    void anAdminCreatesAKeyAndGetsTheSnippetToPaste() throws Exception {
        var name = "Shop " + UUID.randomUUID();
        mvc.perform(post("/admin/widget-keys").param("name", name).param("origins", "https://www.example.com\nhttps://app.example.com:8443")
                        .with(user("widget-admin@example.com").roles("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/admin/widget-keys"));
        var key = keys.list().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
        mvc.perform(get("/admin/widget-keys").with(user("widget-admin@example.com").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("https://app.example.com:8443")))
                .andExpect(content().string(containsString("/widget/v1/cxloop.js&quot; async")))
                .andExpect(content().string(containsString("data-key=&quot;" + key.key() + "&quot;")));

        mvc.perform(post("/admin/widget-keys/" + key.id() + "/revoke").with(user("widget-admin@example.com").roles("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/admin/widget-keys"));
        mvc.perform(get("/admin/widget-keys").with(user("widget-admin@example.com").roles("ADMIN")))
                .andExpect(content().string(not(containsString("data-key=&quot;" + key.key() + "&quot;"))));
    }

    @Test
    void showsWhatIsWrongWithAnOriginNextToTheField() throws Exception {
        mvc.perform(post("/admin/widget-keys").param("name", "Shop").param("origins", "www.example.com/checkout")
                        .with(user("widget-admin@example.com").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"origins-error\"")))
                .andExpect(content().string(containsString("Write each origin as the scheme and host only")));
    }

    @Test
    void managersCannotManageKeys() throws Exception {
        mvc.perform(get("/admin/widget-keys").with(user("widget-manager@example.com").roles("MANAGER")))
                .andExpect(status().isForbidden());
    }
}
