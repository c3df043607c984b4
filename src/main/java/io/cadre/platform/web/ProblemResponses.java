package io.cadre.platform.web;

import io.cadre.platform.gateway.ConcurrentChange;
import io.cadre.platform.persistence.DatabaseOutage;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotAllowed;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns every failure of an API call into RFC 9457 problem+json: field errors 400, a command the caller may
 * not send 403, unknown path ids 404, broken domain rules 409, stale versions 412, the database out of reach 503 (with
 * Retry-After); only Cadre's own faults answer 500.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<Object> invalid(InvalidInput e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage(), e.errors());
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Object> notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), null);
    }

    @ExceptionHandler(NotAllowed.class)
    ResponseEntity<Object> notAllowed(NotAllowed e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage(), null);
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> ruleViolation(RuleViolation e) {
        return problem(HttpStatus.CONFLICT, "Refused by the organisation's rules", e.getMessage(), null);
    }

    @ExceptionHandler(ConcurrentChange.class)
    ResponseEntity<Object> concurrentChange(ConcurrentChange e) {
        return problem(HttpStatus.CONFLICT, "Changed at the same moment", e.getMessage(), null);
    }

    @ExceptionHandler(ConflictingModificationException.class)
    ResponseEntity<Object> staleVersion(ConflictingModificationException e) {
        return problem(HttpStatus.PRECONDITION_FAILED, "Version has changed",
                "The resource has changed since the version given in If-Match; read it again and retry", null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        boolean inPath = e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
        if (inPath) {
            return problem(HttpStatus.NOT_FOUND, "Not found", "'" + e.getValue() + "' is not an id that exists", null);
        }
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", "Parameter " + e.getName() + " is invalid",
                List.of(new FieldError(e.getName(), "invalid value '" + e.getValue() + "'")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (DatabaseOutage.causedIt(e)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseOutage.RETRY_AFTER.toSeconds()))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(outage());
        }
        // Axon wraps what an aggregate throws while its events are replayed, such as the NotFound of a
        // team's id given where a person's belongs; the refusal underneath decides the answer.
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
            if (cause instanceof NotFound notFound) {
                return notFound(notFound);
            }
            if (cause instanceof InvalidInput invalid) {
                return invalid(invalid);
            }
            if (cause instanceof RuleViolation violation) {
                return ruleViolation(violation);
            }
            if (cause instanceof NotAllowed notAllowed) {
                return notAllowed(notAllowed);
            }
        }
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "Cadre failed to handle this request", null);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        FieldError error = BodyErrors.of(e.getCause());
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", error.field() + ": " + error.message(), List.of(error));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage(),
                List.of(new FieldError(e.getParameterName(), "is required")));
    }

    /** A 503 for a call the database was out of reach for, written where no controller answers (a servlet filter). */
    static void writeOutage(HttpServletResponse response) throws IOException {
        write(response, outage(), DatabaseOutage.RETRY_AFTER);
    }

    /**
     * A problem written where no controller answers (a servlet filter), with {@code Retry-After}: the same JSON a controller
     * gives, its properties beside the standard fields.
     */
    static void write(HttpServletResponse response, ProblemDetail problem, java.time.Duration retryAfter) throws IOException {
        response.setStatus(problem.getStatus());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }

    private static ProblemDetail outage() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.DETAIL);
        problem.setTitle(DatabaseOutage.TITLE);
        return problem;
    }

    static ResponseEntity<Object> problem(HttpStatus status, String title, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (errors != null) {
            problem.setProperty("errors", errors.stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
