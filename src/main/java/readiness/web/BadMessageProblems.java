package readiness.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.handler.ErrorHandler;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Requests Jetty refuses before they reach a route (a URI or headers over its limits, a path that
 * is not one) are answered as problems too, instead of Jetty's HTML page.
 */
final class BadMessageProblems extends ErrorHandler {
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ReadinessServer.PROBLEM_JSON);
        boolean tooLarge = status == HttpStatus.URI_TOO_LONG_414 || status == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431;
        String said = reason == null ? HttpStatus.getMessage(status) : reason;
        ApiProblem problem = tooLarge
                ? new ApiProblem(status, "too-large", "The request is too large", List.of("request: " + said))
                : status == HttpStatus.BAD_REQUEST_400
                ? new ApiProblem(status, "invalid-request", "The request is not valid", List.of("request: " + said))
                : new ApiProblem(status, "http", "HTTP " + status, List.of("request: " + said));
        return ByteBuffer.wrap(ReadinessServer.problemBody(problem, null).getBytes(StandardCharsets.UTF_8));
    }
}
