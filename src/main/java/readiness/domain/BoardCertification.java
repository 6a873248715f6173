package readiness.domain;

/** A physician's board certification in a specialty: active (the default), eligible, expired, inactive or revoked. */
public record BoardCertification(String specialty, String status, String expires) {
}
