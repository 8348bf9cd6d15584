package org.cxloop.web.widget;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.apikey.PublishableKeys;
import org.cxloop.survey.response.NewResponse;
import org.cxloop.survey.response.ResponseSource;
import org.cxloop.survey.response.Responses;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.survey.widget.WidgetAsking;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The widget's two calls. Both need a publishable key whose allowed origins include the calling page's origin
 * (browsers send it; CORS lets only those pages read the answers). Neither returns stored data: the first says
 * whether to ask and in which words, the second records one answer, idempotently.
 */
@RestController
@RequestMapping("/widget/v1")
class WidgetApi {

    private final PublishableKeys keys;
    private final WidgetAsking asking;
    private final Responses responses;
    private final MessageSource messages;
    private final Clock clock;

    WidgetApi(PublishableKeys keys, WidgetAsking asking, Responses responses, MessageSource messages, Clock clock) {
        this.keys = keys;
        this.asking = asking;
        this.responses = responses;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/eligibility")
    ResponseEntity<Map<String, Object>> eligibility(@RequestParam(required = false) String key,
            @RequestParam(required = false) String customer, @RequestParam(defaultValue = "NPS") String type,
            @RequestParam(defaultValue = "en") String lang, HttpServletRequest request) {
        checkKey(key, request);
        var surveyType = surveyType(type);
        var body = new LinkedHashMap<String, Object>();
        body.put("ask", asking.mayAsk(customer));
        if (Boolean.TRUE.equals(body.get("ask"))) {
            var locale = lang.toLowerCase(Locale.ROOT).startsWith("es") ? Locale.forLanguageTag("es") : Locale.ENGLISH;
            body.put("min", surveyType.min());
            body.put("max", surveyType.max());
            for (var text : new String[] {"title", "comment", "send", "thanks", "close", "failed"}) {
                body.put(text, messages.getMessage("widget." + text, null, locale));
            }
            for (var text : new String[] {"question", "low", "high"}) {
                body.put(text, messages.getMessage("widget." + surveyType.name() + "." + text, null, locale));
            }
        }
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }

    @PostMapping("/responses")
    ResponseEntity<Map<String, Object>> record(@RequestParam(required = false) String key,
            @RequestBody WidgetAnswer answer, HttpServletRequest request) {
        checkKey(key, request);
        var answerId = answer.answerId() == null ? "" : answer.answerId().strip();
        if (answerId.length() < 8 || answerId.length() > 64) {
            throw new InvalidInputException("answerId", "widget.answerId", "Send an answerId of 8 to 64 characters, the same when retrying.");
        }
        var idempotencyKey = "widget:" + answerId;
        // A retry of a stored answer is answered as before; a new answer must come from a customer who may be asked.
        if (responses.findByIdempotencyKey(idempotencyKey).isEmpty() && !asking.mayAsk(answer.customer())) {
            throw new CustomerNotToBeAsked();
        }
        var recorded = responses.record(newResponse(answer, idempotencyKey), ResponseSource.WIDGET);
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK).body(Map.of("recorded", true));
    }

    private NewResponse newResponse(WidgetAnswer answer, String idempotencyKey) {
        return new NewResponse(answer.customer(), answer.touchpoint(), surveyType(answer.surveyType()), answer.score(),
                answer.comment(), clock.instant(), idempotencyKey);
    }

    private void checkKey(String key, HttpServletRequest request) {
        var origin = request.getHeader(HttpHeaders.ORIGIN);
        if (keys.find(key).filter(k -> k.allows(origin)).isEmpty()) {
            throw new WidgetKeyRefused();
        }
    }

    private static SurveyType surveyType(String type) {
        try {
            return SurveyType.valueOf(type == null ? "" : type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("surveyType", "response.surveyType.required", "The survey type is NPS, CSAT or CES.");
        }
    }
}
