package org.cxloop.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs, browsable at /api-docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI cxLoopOpenApi() {
        return new OpenAPI()
                .info(new Info().title("CX Loop API").version("v1")
                        .description("Customers, journey stages, touchpoints and journey maps. Authenticate with an API key that an "
                                + "admin creates under Admin > API keys: 'Authorization: Bearer YOUR_KEY'. Errors are "
                                + "RFC 9457 problem details; validation errors name the offending field."))
                .components(new Components().addSecuritySchemes("apiKey",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
