<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>ait-console</source>
        <translation>ait-console</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Client certificates and profiles. Import a certificate, inspect it and see how many days it has left.</source>
        <translation>Client certificates and profiles. Import a certificate, inspect it and see how many days it has left.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Toss login test: exchange an authorization code for tokens, refresh them, read the user&apos;s details and unlink.</source>
        <translation>Toss login test: exchange an authorization code for tokens, refresh them, read the user&apos;s details and unlink.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Toss Pay: look up a payment by payToken or orderNo and refund it.</source>
        <translation>Toss Pay: look up a payment by payToken or orderNo and refund it.</translation>
    </message>
    <message>
        <source>In-app purchases</source>
        <translation>In-app purchases</translation>
    </message>
    <message>
        <source>Look up the status of an in-app purchase order.</source>
        <translation>Look up the status of an in-app purchase order.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Send a test, single or bulk smart message (functional push).</source>
        <translation>Send a test, single or bulk smart message (functional push).</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Pay Toss points to one user or to a list of users.</source>
        <translation>Pay Toss points to one user or to a list of users.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Every refund, payout and message this console sent, with its outcome.</source>
        <translation>Every refund, payout and message this console sent, with its outcome.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About ait-console</source>
        <translation>&amp;About ait-console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ait::cli::Cli</name>
    <message>
        <source>Usage: ait-cli COMMAND [OPTIONS]

Commands:
  inspect    check a client certificate and key (--help for options)

  --version  print the version
</source>
        <translation>Usage: ait-cli COMMAND [OPTIONS]

Commands:
  inspect    check a client certificate and key (--help for options)

  --version  print the version
</translation>
    </message>
</context>
<context>
    <name>ait::cli::InspectCommand</name>
    <message>
        <source>Checks a client certificate (and its key) for use with Apps in Toss.</source>
        <translation>Checks a client certificate (and its key) for use with Apps in Toss.</translation>
    </message>
    <message>
        <source>Private key file, when the certificate file holds none.</source>
        <translation>Private key file, when the certificate file holds none.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>File whose first line is the key&apos;s passphrase.</source>
        <translation>File whose first line is the key&apos;s passphrase.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Print the report as JSON.</translation>
    </message>
    <message>
        <source>Certificate, PEM bundle or PKCS#12 (.p12/.pfx) file.</source>
        <translation>Certificate, PEM bundle or PKCS#12 (.p12/.pfx) file.</translation>
    </message>
    <message>
        <source>Usage: ait-cli inspect CERTIFICATE [--key KEY] [--passphrase-file FILE] [--json]</source>
        <translation>Usage: ait-cli inspect CERTIFICATE [--key KEY] [--passphrase-file FILE] [--json]</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read.</source>
        <translation>The passphrase file %1 cannot be read.</translation>
    </message>
</context>
<context>
    <name>ait::gui::MainWindow</name>
    <message>
        <source>About ait-console</source>
        <translation>About ait-console</translation>
    </message>
    <message>
        <source>&lt;b&gt;ait-console %1&lt;/b&gt;&lt;p&gt;Operator console for the Apps in Toss partner APIs.&lt;/p&gt;&lt;p&gt;Every call uses mutual TLS with a client certificate kept in the OS keychain.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ait-console %1&lt;/b&gt;&lt;p&gt;Operator console for the Apps in Toss partner APIs.&lt;/p&gt;&lt;p&gt;Every call uses mutual TLS with a client certificate kept in the OS keychain.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ait::tls::Inspector</name>
    <message>
        <source>Ready: this certificate and key can be used.</source>
        <translation>Ready: this certificate and key can be used.</translation>
    </message>
    <message>
        <source>Usable, with warnings.</source>
        <translation>Usable, with warnings.</translation>
    </message>
    <message>
        <source>Blocked: this certificate cannot be used.</source>
        <translation>Blocked: this certificate cannot be used.</translation>
    </message>
    <message>
        <source>Unreadable: no usable certificate or key was found.</source>
        <translation>Unreadable: no usable certificate or key was found.</translation>
    </message>
    <message>
        <source>Passphrase needed: the key is protected and could not be unlocked.</source>
        <translation>Passphrase needed: the key is protected and could not be unlocked.</translation>
    </message>
    <message>
        <source>The key file holds no private key.</source>
        <translation>The key file holds no private key.</translation>
    </message>
    <message>
        <source>The key file holds a certificate, not a private key.</source>
        <translation>The key file holds a certificate, not a private key.</translation>
    </message>
    <message>
        <source>Choose the private key file (often named client-key.pem or *_private.key). Were the two files swapped?</source>
        <translation>Choose the private key file (often named client-key.pem or *_private.key). Were the two files swapped?</translation>
    </message>
    <message>
        <source>No certificate was found.</source>
        <translation>No certificate was found.</translation>
    </message>
    <message>
        <source>This file holds a private key but no certificate.</source>
        <translation>This file holds a private key but no certificate.</translation>
    </message>
    <message>
        <source>Choose the certificate file (often named client-cert.pem or *_public.crt).</source>
        <translation>Choose the certificate file (often named client-cert.pem or *_public.crt).</translation>
    </message>
    <message>
        <source>The key file</source>
        <translation>The key file</translation>
    </message>
    <message>
        <source>The certificate file</source>
        <translation>The certificate file</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>Check the path and try again.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>Check that the file is not a folder and that you have permission to read it.</source>
        <translation>Check that the file is not a folder and that you have permission to read it.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>Download the file again from the Apps in Toss console.</source>
        <translation>Download the file again from the Apps in Toss console.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB, far too large for a certificate or key.</source>
        <translation>%1 is larger than 1 MiB, far too large for a certificate or key.</translation>
    </message>
    <message>
        <source>Check that you chose the right file.</source>
        <translation>Check that you chose the right file.</translation>
    </message>
    <message>
        <source>%1 is not a certificate, a private key or a PKCS#12 file.</source>
        <translation>%1 is not a certificate, a private key or a PKCS#12 file.</translation>
    </message>
    <message>
        <source>%1 holds %2, which is not a certificate or a private key.</source>
        <translation>%1 holds %2, which is not a certificate or a private key.</translation>
    </message>
    <message>
        <source>Use the certificate and key downloaded from the Apps in Toss console (PEM), or a .p12/.pfx file.</source>
        <translation>Use the certificate and key downloaded from the Apps in Toss console (PEM), or a .p12/.pfx file.</translation>
    </message>
    <message>
        <source>%1 is damaged or cut off.</source>
        <translation>%1 is damaged or cut off.</translation>
    </message>
    <message>
        <source>Download the file again, or copy the whole text including the BEGIN and END lines.</source>
        <translation>Download the file again, or copy the whole text including the BEGIN and END lines.</translation>
    </message>
    <message>
        <source>%1 uses a key type that cannot be used here (%2). Only RSA and EC keys are supported.</source>
        <translation>%1 uses a key type that cannot be used here (%2). Only RSA and EC keys are supported.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Issue a new certificate in the Apps in Toss console.</source>
        <translation>Issue a new certificate in the Apps in Toss console.</translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase.</source>
        <translation>The private key is protected by a passphrase.</translation>
    </message>
    <message>
        <source>Enter the passphrase to unlock it.</source>
        <translation>Enter the passphrase to unlock it.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>The passphrase is wrong.</translation>
    </message>
    <message>
        <source>Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Check the keyboard layout and Caps Lock, then try again.</translation>
    </message>
    <message>
        <source>The private key does not belong to this certificate.</source>
        <translation>The private key does not belong to this certificate.</translation>
    </message>
    <message>
        <source>Use the key file that was downloaded together with this certificate.</source>
        <translation>Use the key file that was downloaded together with this certificate.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>The certificate expired on %1.</translation>
    </message>
    <message>
        <source>Issue a new certificate in the Apps in Toss console and import it.</source>
        <translation>Issue a new certificate in the Apps in Toss console and import it.</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1.</source>
        <translation>The certificate is not valid before %1.</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time, or wait until the certificate becomes valid.</source>
        <translation>Check the computer&apos;s date and time, or wait until the certificate becomes valid.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s).</source>
        <translation>
            <numerusform>The certificate expires in %n day.</numerusform>
            <numerusform>The certificate expires in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue a new certificate in the Apps in Toss console before it expires; several can be active at once.</source>
        <translation>Issue a new certificate in the Apps in Toss console before it expires; several can be active at once.</translation>
    </message>
    <message>
        <source>The certificate is not marked for client authentication (extended key usage: %1).</source>
        <translation>The certificate is not marked for client authentication (extended key usage: %1).</translation>
    </message>
    <message>
        <source>Servers may refuse it. Use the client certificate issued by the Apps in Toss console.</source>
        <translation>Servers may refuse it. Use the client certificate issued by the Apps in Toss console.</translation>
    </message>
    <message>
        <source>The signature on &quot;%1&quot; does not verify with its issuer&apos;s key.</source>
        <translation>The signature on &quot;%1&quot; does not verify with its issuer&apos;s key.</translation>
    </message>
    <message>
        <source>The chain in the file is inconsistent; download it again.</source>
        <translation>The chain in the file is inconsistent; download it again.</translation>
    </message>
    <message>
        <source>The issuing certificate &quot;%1&quot; is outside its validity period.</source>
        <translation>The issuing certificate &quot;%1&quot; is outside its validity period.</translation>
    </message>
    <message>
        <source>Download the current certificate chain.</source>
        <translation>Download the current certificate chain.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) in the input do not belong to this certificate&apos;s chain.</source>
        <translation>
            <numerusform>%n certificate in the input does not belong to this certificate&apos;s chain.</numerusform>
            <numerusform>%n certificates in the input do not belong to this certificate&apos;s chain.</numerusform>
        </translation>
    </message>
    <message>
        <source>They will be left out.</source>
        <translation>They will be left out.</translation>
    </message>
    <message>
        <source>No private key was given, so whether it matches was not checked.</source>
        <translation>No private key was given, so whether it matches was not checked.</translation>
    </message>
    <message>
        <source>Give the key file too (--key) to check the pair.</source>
        <translation>Give the key file too (--key) to check the pair.</translation>
    </message>
    <message>
        <source>The private key file can be read by other users of this computer.</source>
        <translation>The private key file can be read by other users of this computer.</translation>
    </message>
    <message>
        <source>Restrict it with: chmod 600 &quot;%1&quot; — or delete it once the key is in the keychain.</source>
        <translation>Restrict it with: chmod 600 &quot;%1&quot; — or delete it once the key is in the keychain.</translation>
    </message>
    <message>
        <source>The private key file is inside a Git working tree.</source>
        <translation>The private key file is inside a Git working tree.</translation>
    </message>
    <message>
        <source>Move it out and make sure it was never committed (*.pem, *.key and *.crt belong in .gitignore).</source>
        <translation>Move it out and make sure it was never committed (*.pem, *.key and *.crt belong in .gitignore).</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Serial number:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valid from:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valid until:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n day left)</numerusform>
            <numerusform>%1 (%n days left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (expired %n day(s) ago)</source>
        <translation>
            <numerusform>%1 (expired %n day ago)</numerusform>
            <numerusform>%1 (expired %n days ago)</numerusform>
        </translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Public key:</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bits</translation>
    </message>
    <message>
        <source>%1, %2 bits (%3)</source>
        <translation>%1, %2 bits (%3)</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Private key:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>%1, matches the certificate</source>
        <translation>%1, matches the certificate</translation>
    </message>
    <message>
        <source>%1, does NOT match the certificate</source>
        <translation>%1, does NOT match the certificate</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation>SHA-1 fingerprint:</translation>
    </message>
    <message>
        <source>SPKI SHA-256:</source>
        <translation>SPKI SHA-256:</translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation>Key usage:</translation>
    </message>
    <message>
        <source>Extended key usage:</source>
        <translation>Extended key usage:</translation>
    </message>
    <message>
        <source>(none: any use)</source>
        <translation>(none: any use)</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Alternative names:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Chain:</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
</context>
</TS>
