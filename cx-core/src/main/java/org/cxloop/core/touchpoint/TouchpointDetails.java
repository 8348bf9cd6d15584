package org.cxloop.core.touchpoint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cxloop.core.Channel;

/** The editable part of a touchpoint: its name, channel and the code of the stage it belongs to. */
public record TouchpointDetails(
        @NotBlank(message = "{touchpoint.name.required}") @Size(max = 150, message = "{touchpoint.name.size}") String name,
        @NotNull(message = "{touchpoint.channel.required}") Channel channel,
        @NotBlank(message = "{touchpoint.stage.required}") String stage) {
}
