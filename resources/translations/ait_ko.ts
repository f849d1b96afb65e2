<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>MainWindow</name>
    <message>
        <source>ait-console</source>
        <translation>ait-console</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>인증서</translation>
    </message>
    <message>
        <source>Client certificates and profiles. Import a certificate, inspect it and see how many days it has left.</source>
        <translation>클라이언트 인증서와 프로필입니다. 인증서를 가져오고, 내용을 확인하고, 남은 유효 기간을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Toss login test: exchange an authorization code for tokens, refresh them, read the user&apos;s details and unlink.</source>
        <translation>토스 로그인 테스트: 인가 코드를 토큰으로 교환하고, 토큰을 갱신하고, 사용자 정보를 조회하고, 연결을 끊습니다.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>Toss Pay: look up a payment by payToken or orderNo and refund it.</source>
        <translation>토스페이: payToken 또는 orderNo로 결제를 조회하고 환불합니다.</translation>
    </message>
    <message>
        <source>In-app purchases</source>
        <translation>인앱 결제</translation>
    </message>
    <message>
        <source>Look up the status of an in-app purchase order.</source>
        <translation>인앱 결제 주문의 상태를 조회합니다.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Send a test, single or bulk smart message (functional push).</source>
        <translation>스마트 메시지(기능성 푸시)를 테스트, 단건 또는 대량으로 보냅니다.</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>프로모션</translation>
    </message>
    <message>
        <source>Pay Toss points to one user or to a list of users.</source>
        <translation>한 명 또는 여러 사용자에게 토스 포인트를 지급합니다.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동 기록</translation>
    </message>
    <message>
        <source>Every refund, payout and message this console sent, with its outcome.</source>
        <translation>이 콘솔이 보낸 모든 환불, 지급, 메시지와 그 결과입니다.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About ait-console</source>
        <translation>ait-console 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
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
        <translation>사용법: ait-cli 명령 [옵션]

명령:
  inspect    클라이언트 인증서와 키를 검사합니다 (옵션은 --help)

  --version  버전을 출력합니다
</translation>
    </message>
</context>
<context>
    <name>ait::cli::InspectCommand</name>
    <message>
        <source>Checks a client certificate (and its key) for use with Apps in Toss.</source>
        <translation>클라이언트 인증서(와 키)를 앱인토스에서 쓸 수 있는지 검사합니다.</translation>
    </message>
    <message>
        <source>Private key file, when the certificate file holds none.</source>
        <translation>인증서 파일에 개인 키가 없을 때 사용할 개인 키 파일.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>File whose first line is the key&apos;s passphrase.</source>
        <translation>첫 줄이 키의 암호인 파일.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>결과를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Certificate, PEM bundle or PKCS#12 (.p12/.pfx) file.</source>
        <translation>인증서, PEM 묶음 또는 PKCS#12(.p12/.pfx) 파일.</translation>
    </message>
    <message>
        <source>Usage: ait-cli inspect CERTIFICATE [--key KEY] [--passphrase-file FILE] [--json]</source>
        <translation>사용법: ait-cli inspect 인증서 [--key 키] [--passphrase-file 파일] [--json]</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read.</source>
        <translation>암호 파일 %1을(를) 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ait::gui::MainWindow</name>
    <message>
        <source>About ait-console</source>
        <translation>ait-console 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;ait-console %1&lt;/b&gt;&lt;p&gt;Operator console for the Apps in Toss partner APIs.&lt;/p&gt;&lt;p&gt;Every call uses mutual TLS with a client certificate kept in the OS keychain.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ait-console %1&lt;/b&gt;&lt;p&gt;앱인토스 파트너 API 운영 콘솔입니다.&lt;/p&gt;&lt;p&gt;모든 호출은 운영체제 키체인에 보관한 클라이언트 인증서로 상호 TLS(mTLS)를 사용합니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ait::tls::Inspector</name>
    <message>
        <source>Ready: this certificate and key can be used.</source>
        <translation>사용 가능: 이 인증서와 키를 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Usable, with warnings.</source>
        <translation>사용 가능하지만 주의할 점이 있습니다.</translation>
    </message>
    <message>
        <source>Blocked: this certificate cannot be used.</source>
        <translation>사용 불가: 이 인증서는 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Unreadable: no usable certificate or key was found.</source>
        <translation>읽을 수 없음: 사용할 수 있는 인증서나 키를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Passphrase needed: the key is protected and could not be unlocked.</source>
        <translation>암호 필요: 키가 암호로 보호되어 있어 열지 못했습니다.</translation>
    </message>
    <message>
        <source>The key file holds no private key.</source>
        <translation>키 파일에 개인 키가 없습니다.</translation>
    </message>
    <message>
        <source>The key file holds a certificate, not a private key.</source>
        <translation>키 파일에 개인 키가 아니라 인증서가 들어 있습니다.</translation>
    </message>
    <message>
        <source>Choose the private key file (often named client-key.pem or *_private.key). Were the two files swapped?</source>
        <translation>개인 키 파일(보통 client-key.pem 또는 *_private.key)을 선택하세요. 두 파일을 바꿔 선택하지 않았는지 확인하세요.</translation>
    </message>
    <message>
        <source>No certificate was found.</source>
        <translation>인증서를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>This file holds a private key but no certificate.</source>
        <translation>이 파일에는 개인 키만 있고 인증서가 없습니다.</translation>
    </message>
    <message>
        <source>Choose the certificate file (often named client-cert.pem or *_public.crt).</source>
        <translation>인증서 파일(보통 client-cert.pem 또는 *_public.crt)을 선택하세요.</translation>
    </message>
    <message>
        <source>The key file</source>
        <translation>키 파일</translation>
    </message>
    <message>
        <source>The certificate file</source>
        <translation>인증서 파일</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1이 없습니다.</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>경로를 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Check that the file is not a folder and that you have permission to read it.</source>
        <translation>폴더가 아닌 파일인지, 읽기 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1이 비어 있습니다.</translation>
    </message>
    <message>
        <source>Download the file again from the Apps in Toss console.</source>
        <translation>앱인토스 콘솔에서 파일을 다시 내려받으세요.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB, far too large for a certificate or key.</source>
        <translation>%1이 1MiB보다 커서 인증서나 키 파일로 보기에는 너무 큽니다.</translation>
    </message>
    <message>
        <source>Check that you chose the right file.</source>
        <translation>올바른 파일을 선택했는지 확인하세요.</translation>
    </message>
    <message>
        <source>%1 is not a certificate, a private key or a PKCS#12 file.</source>
        <translation>%1은 인증서, 개인 키, PKCS#12 파일 중 어느 것도 아닙니다.</translation>
    </message>
    <message>
        <source>%1 holds %2, which is not a certificate or a private key.</source>
        <translation>%1에 들어 있는 %2은(는) 인증서나 개인 키가 아닙니다.</translation>
    </message>
    <message>
        <source>Use the certificate and key downloaded from the Apps in Toss console (PEM), or a .p12/.pfx file.</source>
        <translation>앱인토스 콘솔에서 내려받은 인증서와 키(PEM) 또는 .p12/.pfx 파일을 사용하세요.</translation>
    </message>
    <message>
        <source>%1 is damaged or cut off.</source>
        <translation>%1이 손상되었거나 일부가 잘려 있습니다.</translation>
    </message>
    <message>
        <source>Download the file again, or copy the whole text including the BEGIN and END lines.</source>
        <translation>파일을 다시 내려받거나, BEGIN 줄과 END 줄을 포함한 전체 내용을 복사하세요.</translation>
    </message>
    <message>
        <source>%1 uses a key type that cannot be used here (%2). Only RSA and EC keys are supported.</source>
        <translation>%1은 여기서 쓸 수 없는 키 종류(%2)를 사용합니다. RSA와 EC 키만 지원합니다.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Issue a new certificate in the Apps in Toss console.</source>
        <translation>앱인토스 콘솔에서 인증서를 새로 발급받으세요.</translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase.</source>
        <translation>개인 키가 암호로 보호되어 있습니다.</translation>
    </message>
    <message>
        <source>Enter the passphrase to unlock it.</source>
        <translation>암호를 입력해 잠금을 푸세요.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>암호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>자판 배열(한/영)과 Caps Lock을 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The private key does not belong to this certificate.</source>
        <translation>개인 키가 이 인증서의 짝이 아닙니다.</translation>
    </message>
    <message>
        <source>Use the key file that was downloaded together with this certificate.</source>
        <translation>이 인증서와 함께 내려받은 키 파일을 사용하세요.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>인증서가 %1에 만료되었습니다.</translation>
    </message>
    <message>
        <source>Issue a new certificate in the Apps in Toss console and import it.</source>
        <translation>앱인토스 콘솔에서 인증서를 새로 발급받아 가져오세요.</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1.</source>
        <translation>인증서는 %1부터 유효합니다.</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time, or wait until the certificate becomes valid.</source>
        <translation>컴퓨터의 날짜와 시간을 확인하거나, 인증서가 유효해질 때까지 기다리세요.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s).</source>
        <translation>
            <numerusform>인증서가 %n일 후 만료됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue a new certificate in the Apps in Toss console before it expires; several can be active at once.</source>
        <translation>만료 전에 앱인토스 콘솔에서 인증서를 새로 발급받으세요. 인증서는 여러 개를 동시에 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The certificate is not marked for client authentication (extended key usage: %1).</source>
        <translation>인증서에 클라이언트 인증 용도가 표시되어 있지 않습니다(확장 키 용도: %1).</translation>
    </message>
    <message>
        <source>Servers may refuse it. Use the client certificate issued by the Apps in Toss console.</source>
        <translation>서버가 거부할 수 있습니다. 앱인토스 콘솔에서 발급한 클라이언트 인증서를 사용하세요.</translation>
    </message>
    <message>
        <source>The signature on &quot;%1&quot; does not verify with its issuer&apos;s key.</source>
        <translation>&quot;%1&quot;의 서명이 발급자의 키로 검증되지 않습니다.</translation>
    </message>
    <message>
        <source>The chain in the file is inconsistent; download it again.</source>
        <translation>파일 안의 인증서 체인이 맞지 않습니다. 다시 내려받으세요.</translation>
    </message>
    <message>
        <source>The issuing certificate &quot;%1&quot; is outside its validity period.</source>
        <translation>발급자 인증서 &quot;%1&quot;이(가) 유효 기간 밖에 있습니다.</translation>
    </message>
    <message>
        <source>Download the current certificate chain.</source>
        <translation>최신 인증서 체인을 내려받으세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) in the input do not belong to this certificate&apos;s chain.</source>
        <translation>
            <numerusform>입력에 있는 인증서 %n개가 이 인증서의 체인에 속하지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>They will be left out.</source>
        <translation>해당 인증서는 제외됩니다.</translation>
    </message>
    <message>
        <source>No private key was given, so whether it matches was not checked.</source>
        <translation>개인 키가 주어지지 않아 짝이 맞는지 확인하지 않았습니다.</translation>
    </message>
    <message>
        <source>Give the key file too (--key) to check the pair.</source>
        <translation>짝을 확인하려면 키 파일도 지정하세요(--key).</translation>
    </message>
    <message>
        <source>The private key file can be read by other users of this computer.</source>
        <translation>이 컴퓨터의 다른 사용자가 개인 키 파일을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>Restrict it with: chmod 600 &quot;%1&quot; — or delete it once the key is in the keychain.</source>
        <translation>권한을 제한하세요: chmod 600 &quot;%1&quot; — 또는 키를 키체인에 저장한 뒤 파일을 삭제하세요.</translation>
    </message>
    <message>
        <source>The private key file is inside a Git working tree.</source>
        <translation>개인 키 파일이 Git 작업 트리 안에 있습니다.</translation>
    </message>
    <message>
        <source>Move it out and make sure it was never committed (*.pem, *.key and *.crt belong in .gitignore).</source>
        <translation>밖으로 옮기고, 커밋된 적이 없는지 확인하세요(*.pem, *.key, *.crt는 .gitignore에 넣어야 합니다).</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>주체:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>발급자:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>일련번호:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>유효 시작:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>유효 종료:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n일 남음)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (expired %n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n일 전 만료)</numerusform>
        </translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>공개 키:</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2비트</translation>
    </message>
    <message>
        <source>%1, %2 bits (%3)</source>
        <translation>%1, %2비트 (%3)</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>개인 키:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>지정되지 않음</translation>
    </message>
    <message>
        <source>%1, matches the certificate</source>
        <translation>%1, 인증서와 짝이 맞음</translation>
    </message>
    <message>
        <source>%1, does NOT match the certificate</source>
        <translation>%1, 인증서와 짝이 맞지 않음</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 지문:</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation>SHA-1 지문:</translation>
    </message>
    <message>
        <source>SPKI SHA-256:</source>
        <translation>SPKI SHA-256:</translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation>키 용도:</translation>
    </message>
    <message>
        <source>Extended key usage:</source>
        <translation>확장 키 용도:</translation>
    </message>
    <message>
        <source>(none: any use)</source>
        <translation>(없음: 모든 용도)</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>대체 이름:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>체인:</translation>
    </message>
    <message>
        <source>note</source>
        <translation>참고</translation>
    </message>
</context>
</TS>
