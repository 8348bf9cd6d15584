package org.cxloop.survey.definition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.cxloop.survey.response.SurveyType;

/** What a survey asks, in each language the customers read: the scale question, the comment prompt and up to five extra questions. */
public record SurveyDefinition(
        @NotBlank(message = "{survey.name.required}") @Size(max = 150, message = "{survey.name.size}") String name,
        @NotNull(message = "{survey.type.required}") SurveyType type,
        @NotBlank(message = "{survey.question.required}") @Size(max = 500, message = "{survey.question.size}") String questionEn,
        @NotBlank(message = "{survey.question.required}") @Size(max = 500, message = "{survey.question.size}") String questionEs,
        @NotBlank(message = "{survey.commentPrompt.required}") @Size(max = 300, message = "{survey.commentPrompt.size}") String commentPromptEn,
        @NotBlank(message = "{survey.commentPrompt.required}") @Size(max = 300, message = "{survey.commentPrompt.size}") String commentPromptEs,
        List<ExtraQuestion> questions) {

    public SurveyDefinition {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** A survey with no extra questions. */
    public SurveyDefinition(String name, SurveyType type, String questionEn, String questionEs, String commentPromptEn,
            String commentPromptEs) {
        this(name, type, questionEn, questionEs, commentPromptEn, commentPromptEs, List.of());
    }

    /** The same survey asking these extra questions after its scale. */
    public SurveyDefinition withQuestions(List<ExtraQuestion> extra) {
        return new SurveyDefinition(name, type, questionEn, questionEs, commentPromptEn, commentPromptEs, extra);
    }

    /** The standard wording for a survey type, ready to adjust. */
    public static SurveyDefinition standard(String name, SurveyType type) {
        return switch (type) {
            case NPS -> new SurveyDefinition(name, type,
                    "How likely are you to recommend us to a friend or colleague?",
                    "¿Qué probabilidad hay de que nos recomiendes a un amigo o colega?",
                    "What is the main reason for your score?",
                    "¿Cuál es el motivo principal de tu puntuación?");
            case CSAT -> new SurveyDefinition(name, type,
                    "How satisfied are you with your experience?",
                    "¿Qué tan satisfecho estás con tu experiencia?",
                    "What could we have done better?",
                    "¿Qué podríamos haber hecho mejor?");
            case CES -> new SurveyDefinition(name, type,
                    "The company made it easy to handle my issue.",
                    "La empresa me puso fácil resolver mi gestión.",
                    "What made it easy or hard?",
                    "¿Qué lo hizo fácil o difícil?");
        };
    }

    public String question(Locale locale) {
        return "es".equals(locale.getLanguage()) ? questionEs : questionEn;
    }

    public String commentPrompt(Locale locale) {
        return "es".equals(locale.getLanguage()) ? commentPromptEs : commentPromptEn;
    }
}
