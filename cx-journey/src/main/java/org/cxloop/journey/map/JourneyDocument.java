package org.cxloop.journey.map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.cxloop.core.Channel;

/**
 * A journey with every version, as a file teams keep in git or carry to another installation. It holds no database
 * ids: stages and touchpoints are named by their codes. Exporting an imported document gives the same document.
 */
public record JourneyDocument(
        @NotNull(message = "{journey.document.format}") @Pattern(regexp = FORMAT_PATTERN, message = "{journey.document.format}") String format,
        @NotBlank(message = "{journey.name.required}") @Size(max = 150, message = "{journey.name.size}") String name,
        @NotBlank(message = "{journey.persona.required}") @Size(max = 150, message = "{journey.persona.size}") String persona,
        @Size(max = 2000, message = "{journey.description.size}") String description,
        boolean archived,
        @NotEmpty(message = "{journey.document.versions}") List<@Valid @NotNull Version> versions) {

    public static final String FORMAT = "cx-loop/journey-map@1";
    static final String FORMAT_PATTERN = "cx-loop/journey-map@1";

    /** One version of the map; exactly one version of a document is AS_IS. */
    public record Version(
            @NotNull(message = "{journey.document.number}") @Min(value = 1, message = "{journey.document.number}") Integer number,
            @Size(max = 150, message = "{journey.version.label.size}") String label,
            @NotNull(message = "{journey.document.status}") VersionStatus status,
            @NotNull(message = "{journey.document.createdAt}") Instant createdAt,
            Instant promotedAt,
            @NotNull(message = "{journey.document.stages}") List<@Valid @NotNull Stage> stages) {
    }

    /** A stage column with its touchpoint cards in order; archived when it is off the active map (default false). */
    public record Stage(
            @NotBlank(message = "{code.format}") String code,
            @NotBlank(message = "{stage.name.required}") @Size(max = 100, message = "{stage.name.size}") String name,
            @NotNull(message = "{journey.document.touchpoints}") List<@Valid @NotNull Touchpoint> touchpoints,
            boolean archived) {
    }

    /** A touchpoint card; archived when it is off the active map (default false). */
    public record Touchpoint(
            @NotBlank(message = "{code.format}") String code,
            @NotBlank(message = "{touchpoint.name.required}") @Size(max = 150, message = "{touchpoint.name.size}") String name,
            @NotNull(message = "{touchpoint.channel.required}") Channel channel,
            @Size(max = 100, message = "{journey.ownerTeam.size}") String ownerTeam,
            @Size(max = 1000, message = "{journey.expectation.size}") String expectation,
            @Min(value = 1, message = "{journey.expectedCsat.range}") @Max(value = 5, message = "{journey.expectedCsat.range}") Integer expectedCsat,
            boolean momentOfTruth,
            @Size(max = 2000, message = "{journey.painPoints.size}") String painPoints,
            boolean archived) {
    }
}
