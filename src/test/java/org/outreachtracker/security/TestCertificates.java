package org.outreachtracker.security;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificate authorities and the certificates they issue, made in the test with Bouncy Castle:
 * as a smart card's (PIV, CAC) certificate names its holder in its subject.
 */
final class TestCertificates {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    private TestCertificates() {}

    /** An authority: its key and its self-signed certificate. */
    record Authority(KeyPair keys, X509Certificate certificate) {

        /** An authority whose certificate is valid from {@code from} for a year. */
        static Authority create(String name, Instant from) {
            KeyPair keys = keyPair();
            return new Authority(keys, sign(keys, "CN=" + name, keys, "CN=" + name, from, true));
        }

        /** A person's certificate with this subject, valid from {@code from} for a year. */
        X509Certificate issue(String subject, Instant from) {
            return sign(keys, certificate.getSubjectX500Principal().getName(), keyPair(), subject, from, false);
        }

        /** The authority's certificate as a PEM file, as an operator configures it. */
        Path writePem(Path directory) {
            try {
                var pem = new StringWriter();
                try (var writer = new JcaPEMWriter(pem)) {
                    writer.writeObject(certificate);
                }
                return Files.writeString(directory.resolve("trusted-ca.pem"), pem.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static X509Certificate sign(
            KeyPair issuerKeys, String issuer, KeyPair subjectKeys, String subject, Instant from, boolean authority) {
        try {
            var builder = new JcaX509v3CertificateBuilder(
                    new X500Name(issuer),
                    BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(from.minus(Duration.ofMinutes(5))),
                    Date.from(from.plus(Duration.ofDays(365))),
                    new X500Name(subject),
                    subjectKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(authority ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (IOException | OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("The test certificate could not be made", e);
        }
    }

    private static KeyPair keyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
