// libFuzzer target: the certificate and key loader (tls::MaterialLoader::parse) on any bytes — PEM,
// DER, PKCS#8 plain and encrypted, PKCS#1/SEC1, PKCS#12 modern and legacy — once without and once
// with the test passphrase, so mutations of encrypted seeds get past decryption. What it loads is
// used as the import wizard uses it (details, key match), so that code is fuzzed too.
#include "core/tls/materialloader.h"
#include "support/testpki.h"

#include <cstdint>

using namespace ait::tls;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const SecretBuffer passphrase(ait::test::TestPki::passphrase());
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const SecretBuffer *given : {static_cast<const SecretBuffer *>(nullptr), &passphrase}) {
        const LoadedMaterial loaded = MaterialLoader::parse(SecretBuffer(input), given);
        for (const Certificate &certificate : loaded.certificates) {
            const CertificateDetails details = certificate.details();
            (void)details;
            if (!loaded.key.isNull())
                (void)loaded.key.matches(certificate);
        }
        if (!loaded.key.isNull()) {
            (void)loaded.key.algorithm();
            (void)loaded.key.bits();
            (void)loaded.key.toPkcs8Der();
        }
    }
    return 0;
}
