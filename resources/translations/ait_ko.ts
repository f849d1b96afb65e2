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
    <message>
        <source>Import a new certificate…</source>
        <translation>새 인증서 가져오기…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Import certificate…</source>
        <translation>인증서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
</context>
<context>
    <name>ait::api::ApiError</name>
    <message>
        <source>This profile has no usable client certificate.</source>
        <translation>이 프로필에는 사용할 수 있는 클라이언트 인증서가 없습니다.</translation>
    </message>
    <message>
        <source>Import the certificate in the Certificates tab and make it active.</source>
        <translation>인증서 탭에서 인증서를 가져와 사용 중으로 지정하세요.</translation>
    </message>
    <message>
        <source>This profile is read-only: it can look things up but not refund, pay out or send messages.</source>
        <translation>이 프로필은 읽기 전용입니다. 조회만 할 수 있고 환불, 지급, 메시지 발송은 할 수 없습니다.</translation>
    </message>
    <message>
        <source>Use a profile that is allowed to make changes, or change the profile settings.</source>
        <translation>변경이 허용된 프로필을 쓰거나 프로필 설정을 바꾸세요.</translation>
    </message>
    <message>
        <source>The request was not sent because an input is not valid.</source>
        <translation>입력값이 올바르지 않아 요청을 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found.</source>
        <translation>서버 이름을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Check the API URL in the profile and the computer&apos;s network or DNS settings.</source>
        <translation>프로필의 API URL과 컴퓨터의 네트워크 또는 DNS 설정을 확인하세요.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>서버가 연결을 거부했습니다.</translation>
    </message>
    <message>
        <source>Check the API URL and port; for the sandbox, check that ait-sandbox is running.</source>
        <translation>API URL과 포트를 확인하세요. 샌드박스라면 ait-sandbox가 실행 중인지 확인하세요.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>서버가 응답 없이 연결을 닫았습니다.</translation>
    </message>
    <message>
        <source>This was a lookup, so nothing was changed: try again.</source>
        <translation>조회 요청이었으므로 바뀐 것은 없습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>서버가 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing was changed: try again; if it keeps happening, check the network or a proxy.</source>
        <translation>바뀐 것은 없습니다. 다시 시도하고, 계속되면 네트워크나 프록시를 확인하세요.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was refused.</source>
        <translation>서버 인증서를 신뢰할 수 없어 연결을 거부했습니다.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection, or the profile points to the wrong server. Check the API URL and the profile&apos;s environment.</source>
        <translation>누군가 연결을 가로채고 있거나 프로필이 잘못된 서버를 가리키고 있을 수 있습니다. API URL과 프로필 환경을 확인하세요.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate belongs to a different host name, so the connection was refused.</source>
        <translation>서버 인증서가 다른 호스트 이름의 것이라 연결을 거부했습니다.</translation>
    </message>
    <message>
        <source>Check the API URL in the profile.</source>
        <translation>프로필의 API URL을 확인하세요.</translation>
    </message>
    <message>
        <source>The server rejected this console&apos;s client certificate.</source>
        <translation>서버가 이 콘솔의 클라이언트 인증서를 거부했습니다.</translation>
    </message>
    <message>
        <source>Check that the active certificate is the one registered for this mini-app in the Apps in Toss console, and that it has not been revoked.</source>
        <translation>사용 중인 인증서가 앱인토스 콘솔에서 이 미니앱에 등록된 인증서인지, 폐기되지 않았는지 확인하세요.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) could not be established.</source>
        <translation>보안 연결(TLS)을 맺지 못했습니다.</translation>
    </message>
    <message>
        <source>Copy the details for a developer.</source>
        <translation>자세한 내용을 복사해 개발자에게 전달하세요.</translation>
    </message>
    <message>
        <source>Do not send it again. Use Reconcile to look up what actually happened.</source>
        <translation>다시 보내지 마세요. 결과 확인으로 실제로 어떻게 되었는지 조회하세요.</translation>
    </message>
    <message>
        <source>Too many requests: the partner API asked to slow down. Nothing was changed.</source>
        <translation>요청이 너무 많습니다. 파트너 API가 속도를 줄이라고 했습니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>Wait a minute and try again (messages and promotions allow 10 calls per minute per user).</source>
        <translation>1분 기다린 뒤 다시 시도하세요(메시지와 프로모션은 사용자당 1분에 10회까지입니다).</translation>
    </message>
    <message>
        <source>The server answered with an error status.</source>
        <translation>서버가 오류 상태로 응답했습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>서버의 응답을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The personal fields could not be decrypted: the decryption key or AAD is wrong.</source>
        <translation>개인정보 필드를 복호화하지 못했습니다. 복호화 키나 AAD가 틀렸습니다.</translation>
    </message>
    <message>
        <source>Enter the key and AAD from the Apps in Toss e-mail in the profile settings.</source>
        <translation>앱인토스에서 받은 이메일의 키와 AAD를 프로필 설정에 입력하세요.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>No payout was made with this key.</source>
        <translation>이 키로 지급된 것이 없습니다.</translation>
    </message>
    <message>
        <source>No payment was found for this payToken or order number.</source>
        <translation>이 payToken이나 주문 번호의 결제를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Nothing is left to refund on this payment.</source>
        <translation>이 결제에는 환불할 금액이 남아 있지 않습니다.</translation>
    </message>
    <message>
        <source>The same operation on this target is already in progress or its outcome is unknown.</source>
        <translation>같은 대상에 대한 같은 작업이 이미 진행 중이거나 결과를 알 수 없는 상태입니다.</translation>
    </message>
    <message>
        <source>Wait for it, or use Reconcile to find out what happened. Nothing was sent.</source>
        <translation>끝날 때까지 기다리거나, 결과 확인으로 어떻게 되었는지 알아보세요. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing was sent: the activity journal cannot record the operation first.</source>
        <translation>아무것도 보내지 않았습니다. 활동 기록에 작업을 먼저 남길 수 없습니다.</translation>
    </message>
    <message>
        <source>Refunds, payouts and messages stay disabled until the journal works again. Lookups still work.</source>
        <translation>활동 기록이 다시 동작할 때까지 환불, 지급, 메시지 발송은 막혀 있습니다. 조회는 계속 할 수 있습니다.</translation>
    </message>
    <message>
        <source>The request was sent, but no answer came back that says what happened. It may or may not have been applied.</source>
        <translation>요청은 보냈지만 결과를 알려 주는 응답이 오지 않았습니다. 반영되었을 수도, 아닐 수도 있습니다.</translation>
    </message>
    <message>
        <source>The server answered with a redirect to another address, which was not followed.</source>
        <translation>서버가 다른 주소로 이동하라고 응답했지만 따라가지 않았습니다.</translation>
    </message>
    <message>
        <source>The partner API never redirects: check the API URL in the profile and any proxy in between.</source>
        <translation>파트너 API는 다른 주소로 보내지 않습니다. 프로필의 API URL과 중간의 프록시를 확인하세요.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far larger than any partner answer, so it was not read.</source>
        <translation>서버의 응답이 파트너 API 응답이라고 보기에는 너무 커서 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>Check the API URL in the profile and any proxy in between; copy the details for a developer.</source>
        <translation>프로필의 API URL과 중간의 프록시를 확인하고, 자세한 내용을 복사해 개발자에게 전달하세요.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>인증서 없음</translation>
    </message>
    <message>
        <source>read-only profile</source>
        <translation>읽기 전용 프로필</translation>
    </message>
    <message>
        <source>input not valid</source>
        <translation>입력 오류</translation>
    </message>
    <message>
        <source>already in progress</source>
        <translation>이미 진행 중</translation>
    </message>
    <message>
        <source>journal unavailable</source>
        <translation>활동 기록 사용 불가</translation>
    </message>
    <message>
        <source>server name not found (DNS)</source>
        <translation>서버 이름을 찾지 못함(DNS)</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>연결 거부</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>연결 끊김</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>응답 시간 초과</translation>
    </message>
    <message>
        <source>server not trusted</source>
        <translation>신뢰할 수 없는 서버</translation>
    </message>
    <message>
        <source>wrong server name</source>
        <translation>서버 이름 불일치</translation>
    </message>
    <message>
        <source>certificate rejected</source>
        <translation>인증서 거부</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>보안 연결 실패</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>결과 모름</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>요청 과다</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>서버 오류</translation>
    </message>
    <message>
        <source>redirect (not followed)</source>
        <translation>리디렉션(따라가지 않음)</translation>
    </message>
    <message>
        <source>answer too large</source>
        <translation>응답이 너무 큼</translation>
    </message>
    <message>
        <source>refused by Toss</source>
        <translation>토스가 거절함</translation>
    </message>
    <message>
        <source>code or token not valid</source>
        <translation>코드 또는 토큰이 유효하지 않음</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>읽을 수 없는 응답</translation>
    </message>
    <message>
        <source>decryption failed</source>
        <translation>복호화 실패</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Toss refused the request.</source>
        <translation>토스가 요청을 거절했습니다.</translation>
    </message>
    <message>
        <source>The authorization code or token is no longer valid: it expired, was already used, or was revoked.</source>
        <translation>인가 코드나 토큰이 더는 유효하지 않습니다. 만료되었거나, 이미 쓰였거나, 취소되었습니다.</translation>
    </message>
    <message>
        <source>Log in again in the mini-app to get a new code (a code works once, for 10 minutes; an access token for 1 hour).</source>
        <translation>미니앱에서 다시 로그인해 새 코드를 받으세요(코드는 10분 안에 한 번만, 액세스 토큰은 1시간 동안 쓸 수 있습니다).</translation>
    </message>
    <message>
        <source>No promotion has this code.</source>
        <translation>이 코드의 프로모션이 없습니다.</translation>
    </message>
    <message>
        <source>Check the promotion code in the Apps in Toss console.</source>
        <translation>앱인토스 콘솔에서 프로모션 코드를 확인하세요.</translation>
    </message>
    <message>
        <source>The promotion is not running: it has ended, has not started yet, or its budget is spent.</source>
        <translation>프로모션이 진행 중이 아닙니다. 끝났거나, 아직 시작되지 않았거나, 예산을 다 썼습니다.</translation>
    </message>
    <message>
        <source>Nothing was paid. Check the promotion&apos;s period and budget in the Apps in Toss console.</source>
        <translation>지급된 것은 없습니다. 앱인토스 콘솔에서 프로모션 기간과 예산을 확인하세요.</translation>
    </message>
    <message>
        <source>Toss could not grant or revoke the points (an internal error at Toss).</source>
        <translation>토스가 포인트를 지급하거나 회수하지 못했습니다(토스 내부 오류).</translation>
    </message>
    <message>
        <source>Do not pay again: use Reconcile to find out whether the points were paid.</source>
        <translation>다시 지급하지 말고, 결과 확인으로 포인트가 지급되었는지 알아보세요.</translation>
    </message>
    <message>
        <source>Nothing was paid: you may start a new payout.</source>
        <translation>지급된 것은 없습니다. 새로 지급해도 됩니다.</translation>
    </message>
    <message>
        <source>The promotion budget is too small for this payout.</source>
        <translation>이 지급에 비해 프로모션 예산이 부족합니다.</translation>
    </message>
    <message>
        <source>Charge the Biz Wallet or raise the budget in the Apps in Toss console.</source>
        <translation>앱인토스 콘솔에서 비즈월렛을 충전하거나 예산을 늘리세요.</translation>
    </message>
    <message>
        <source>This key was already used: the points were already paid.</source>
        <translation>이미 쓰인 키입니다. 포인트는 이미 지급되었습니다.</translation>
    </message>
    <message>
        <source>Do not pay again: use Reconcile to see the result.</source>
        <translation>다시 지급하지 말고, 결과 확인으로 결과를 보세요.</translation>
    </message>
    <message>
        <source>The amount is above the per-payout limit of this promotion.</source>
        <translation>금액이 이 프로모션의 1회 지급 한도를 넘습니다.</translation>
    </message>
    <message>
        <source>Pay a smaller amount, or raise the limit in the Apps in Toss console.</source>
        <translation>더 적은 금액을 지급하거나, 앱인토스 콘솔에서 한도를 올리세요.</translation>
    </message>
    <message>
        <source>The promotion&apos;s maximum payout is larger than its budget.</source>
        <translation>프로모션의 최대 지급액이 예산보다 큽니다.</translation>
    </message>
    <message>
        <source>Correct the promotion&apos;s settings in the Apps in Toss console.</source>
        <translation>앱인토스 콘솔에서 프로모션 설정을 고치세요.</translation>
    </message>
    <message>
        <source>Too many requests for this user in the last minute.</source>
        <translation>지난 1분 동안 이 사용자에 대한 요청이 너무 많았습니다.</translation>
    </message>
    <message>
        <source>Wait a minute, then try again.</source>
        <translation>1분 기다린 뒤 다시 하세요.</translation>
    </message>
    <message>
        <source>The message template is not approved yet.</source>
        <translation>메시지 템플릿이 아직 승인되지 않았습니다.</translation>
    </message>
    <message>
        <source>Wait for its review (2–3 business days), or use an approved template.</source>
        <translation>검토(영업일 2–3일)를 기다리거나 승인된 템플릿을 쓰세요.</translation>
    </message>
    <message>
        <source>No Toss user has this user key.</source>
        <translation>이 사용자 키를 가진 토스 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>Check the user key (x-toss-user-key) your mini-app recorded for this user.</source>
        <translation>미니앱이 이 사용자에 대해 기록한 사용자 키(x-toss-user-key)를 확인하세요.</translation>
    </message>
    <message>
        <source>This user key is not linked to this service&apos;s Toss login.</source>
        <translation>이 사용자 키는 이 서비스의 토스 로그인에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The user may have unlinked the service: ask them to log in to the mini-app again.</source>
        <translation>사용자가 서비스 연결을 끊었을 수 있습니다. 미니앱에 다시 로그인해 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>A payment with this order number already exists.</source>
        <translation>이 주문 번호의 결제가 이미 있습니다.</translation>
    </message>
    <message>
        <source>Use a new order number.</source>
        <translation>새 주문 번호를 쓰세요.</translation>
    </message>
    <message>
        <source>Check the payToken, the orderNo and whether it is a test payment.</source>
        <translation>payToken, orderNo, 테스트 결제인지를 확인하세요.</translation>
    </message>
    <message>
        <source>Look the payment up to see what was refunded already.</source>
        <translation>결제를 조회해 이미 환불된 내역을 보세요.</translation>
    </message>
    <message>
        <source>The Toss Pay merchant key registered in the Apps in Toss console is not valid.</source>
        <translation>앱인토스 콘솔에 등록된 토스페이 가맹점 키가 유효하지 않습니다.</translation>
    </message>
    <message>
        <source>Ask whoever manages the mini-app to check its Toss Pay settings in the console.</source>
        <translation>미니앱 관리자에게 콘솔의 토스페이 설정을 확인해 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>The bank is in its maintenance window.</source>
        <translation>은행 점검 시간입니다.</translation>
    </message>
    <message>
        <source>Nothing was changed: try again later.</source>
        <translation>아무것도 바뀌지 않았습니다. 나중에 다시 하세요.</translation>
    </message>
    <message>
        <source>Toss found a request field missing or not valid.</source>
        <translation>토스가 요청 항목이 빠졌거나 올바르지 않다고 답했습니다.</translation>
    </message>
    <message>
        <source>Check the inputs; if they look right, copy the details for a developer.</source>
        <translation>입력을 확인하세요. 입력이 맞아 보이면 세부 정보를 복사해 개발자에게 보내세요.</translation>
    </message>
    <message>
        <source>Toss had an internal error.</source>
        <translation>토스 내부 오류가 났습니다.</translation>
    </message>
    <message>
        <source>Try again later; after a refund or payout, look up its result before doing it again.</source>
        <translation>나중에 다시 하세요. 환불이나 지급이었다면 다시 하기 전에 결과를 먼저 조회하세요.</translation>
    </message>
    <message>
        <source>The limit for user information lookups was exceeded.</source>
        <translation>사용자 정보 조회 한도를 넘었습니다.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>나중에 다시 하세요.</translation>
    </message>
    <message>
        <source>Toss refused the request (code %1).</source>
        <translation>토스가 요청을 거절했습니다(코드 %1).</translation>
    </message>
    <message>
        <source>Nothing was changed. If Toss&apos;s words below do not say what to change, copy the details for a developer.</source>
        <translation>아무것도 바뀌지 않았습니다. 아래 토스의 설명으로 무엇을 고칠지 알 수 없다면 세부 정보를 복사해 개발자에게 보내세요.</translation>
    </message>
    <message>
        <source>needs a second operator&apos;s approval</source>
        <translation>다른 운영자의 승인 필요</translation>
    </message>
    <message>
        <source>Nothing was sent: this profile needs a second operator&apos;s approval for this amount.</source>
        <translation>아무것도 보내지 않았습니다. 이 프로필은 이 금액에 다른 운영자의 승인이 필요합니다.</translation>
    </message>
    <message>
        <source>Ask for approval; once another operator approves it, it can be sent from any console. Approval works only with the team journal.</source>
        <translation>승인을 요청하세요. 다른 운영자가 승인하면 어느 콘솔에서든 보낼 수 있습니다. 승인은 팀 활동 기록에서만 동작합니다.</translation>
    </message>
</context>
<context>
    <name>ait::api::OrderStatus</name>
    <message>
        <source>Current developer guide: the order is complete — paid and the product granted.</source>
        <translation>현재 개발자 가이드: 주문 완료 — 결제와 상품 지급이 모두 끝났습니다.</translation>
    </message>
    <message>
        <source>Current developer guide (SDK 1.1.3 or later): paid, but the product was NOT granted; the app must complete the grant.</source>
        <translation>현재 개발자 가이드(SDK 1.1.3 이상): 결제는 되었지만 상품이 지급되지 않았습니다. 앱에서 지급을 완료해야 합니다.</translation>
    </message>
    <message>
        <source>Older page: the payment succeeded (SDK 1.1.2 or earlier); says nothing about the grant.</source>
        <translation>이전 문서: 결제 성공(SDK 1.1.2 이하). 지급 여부는 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Older page: payment and grant both done.</source>
        <translation>이전 문서: 결제와 지급이 모두 끝났습니다.</translation>
    </message>
    <message>
        <source>The two official pages disagree; check your own grant records before acting.</source>
        <translation>두 공식 문서의 설명이 서로 다릅니다. 조치하기 전에 자체 지급 기록을 확인하세요.</translation>
    </message>
    <message>
        <source>The payment (or, in the older reading, the grant) failed.</source>
        <translation>결제(이전 문서 기준으로는 지급)에 실패했습니다.</translation>
    </message>
    <message>
        <source>The order was refunded; the time is when the refund was decided.</source>
        <translation>환불된 주문입니다. 시각은 환불이 결정된 때입니다.</translation>
    </message>
    <message>
        <source>The order was created but is not finished yet.</source>
        <translation>주문이 생성되었지만 아직 끝나지 않았습니다.</translation>
    </message>
    <message>
        <source>No order with this ID. A just-created order can take a moment to appear: try again shortly.</source>
        <translation>이 ID의 주문이 없습니다. 방금 만든 주문은 조회되기까지 잠시 걸릴 수 있으니 조금 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The product does not belong to this mini-app.</source>
        <translation>이 미니앱의 상품이 아닙니다.</translation>
    </message>
    <message>
        <source>Toss reported an internal error for this order.</source>
        <translation>토스가 이 주문에 대해 내부 오류를 알렸습니다.</translation>
    </message>
    <message>
        <source>A status this console does not know yet.</source>
        <translation>이 콘솔이 아직 모르는 상태입니다.</translation>
    </message>
</context>
<context>
    <name>ait::api::PartnerClient</name>
    <message>
        <source>The refund reason needs 1 to 55 characters: Korean, letters, digits, spaces and _ - : . ^ @ ( ) [ ] # / ! % ? &amp;</source>
        <translation>환불 사유는 1~55자여야 하며 한글, 영문, 숫자, 공백과 _ - : . ^ @ ( ) [ ] # / ! % ? &amp;만 쓸 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ait::bulk::BulkRun</name>
    <message>
        <source>There is no batch %1 in the journal.</source>
        <translation>활동 기록에 일괄 작업 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Batch %1 is being run by another program (process %2).</source>
        <translation>일괄 작업 %1을(를) 다른 프로그램(프로세스 %2)이 실행하고 있습니다.</translation>
    </message>
    <message>
        <source>Reconciled: Toss reported that this payout paid nothing.</source>
        <translation>확인 완료: 토스가 이 지급은 아무것도 지급하지 않았다고 알렸습니다.</translation>
    </message>
    <message>
        <source>%1 keys in a row paid nothing; the row was given up.</source>
        <translation>키 %1개가 연달아 아무것도 지급하지 않아 이 행은 포기했습니다.</translation>
    </message>
    <message>
        <source>Accepted by Toss, but not delivered to any channel.</source>
        <translation>토스가 받았지만 어떤 채널로도 전달되지 않았습니다.</translation>
    </message>
    <message>
        <source>Marked as sent by the operator.</source>
        <translation>운영자가 보냄으로 표시했습니다.</translation>
    </message>
    <message>
        <source>Marked as not sent by the operator.</source>
        <translation>운영자가 보내지 않음으로 표시했습니다.</translation>
    </message>
    <message>
        <source>The journal (%1) stopped answering: batch %2 is paused and nothing more is sent from it.</source>
        <translation>활동 기록(%1)이 응답하지 않습니다. 일괄 작업 %2을(를) 일시정지했으며 더 이상 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Resume the batch once the journal answers again: rows whose outcome could not be recorded are looked up first, never paid again.</source>
        <translation>활동 기록이 다시 응답하면 일괄 작업을 재개하세요. 결과를 기록하지 못한 행은 먼저 조회하며, 다시 지급하지 않습니다.</translation>
    </message>
    <message>
        <source>Batch %1 is being run by %2, whose lease lasts until %3 and is renewed while it runs: nothing was sent from here. Resume it once that run has ended, or after its lease expires if that runner died.</source>
        <translation>일괄 작업 %1은(는) %2이(가) 실행하고 있습니다. 그 실행의 임대는 %3까지이며 실행 중에는 계속 갱신됩니다. 여기서는 아무것도 보내지 않았습니다. 그 실행이 끝난 뒤에, 또는 그 실행이 중단되었다면 임대가 만료된 뒤에 재개하세요.</translation>
    </message>
    <message>
        <source>Batch %1 was taken over by another runner after this run could not renew its lease in time: nothing more is sent from here.</source>
        <translation>이 실행이 제때 임대를 갱신하지 못해 다른 실행이 일괄 작업 %1을(를) 넘겨받았습니다. 여기서는 더 이상 아무것도 보내지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ait::bulk::BulkService</name>
    <message>
        <source>The file has problems: fix them and check it again.</source>
        <translation>파일에 문제가 있습니다. 고친 뒤 다시 검사하세요.</translation>
    </message>
    <message>
        <source>The total you typed is not the file&apos;s total of %1 points.</source>
        <translation>입력한 합계가 파일의 합계 %1포인트와 다릅니다.</translation>
    </message>
    <message>
        <source>The number you typed is not the file&apos;s %1 recipients.</source>
        <translation>입력한 수가 파일의 수신자 %1명과 다릅니다.</translation>
    </message>
    <message>
        <source>Batch %1 is already running in this program.</source>
        <translation>일괄 작업 %1은(는) 이 프로그램에서 이미 실행 중입니다.</translation>
    </message>
    <message>
        <source>This profile needs a second operator&apos;s approval for every bulk batch, and a batch cannot be approved in this version: nothing was recorded or sent.</source>
        <translation>이 프로필은 모든 대량 실행에 다른 운영자의 승인이 필요한데, 이 버전에서는 대량 실행을 승인할 수 없습니다. 아무것도 기록하거나 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Line %1 pays %2 points, above this profile&apos;s approval threshold of %3: a batch cannot be approved in this version, so pay that user through an approval instead. Nothing was recorded or sent.</source>
        <translation>%1번째 줄은 %2포인트를 지급하며, 이 프로필의 승인 기준 %3을 넘습니다. 이 버전에서는 대량 실행을 승인할 수 없으니 이 사용자는 승인 요청으로 지급하세요. 아무것도 기록하거나 보내지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ait::bulk::Check</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The file is larger than 20 MiB (%1 MiB). Split it into smaller files.</source>
        <translation>파일이 20 MiB보다 큽니다(%1 MiB). 더 작은 파일로 나누세요.</translation>
    </message>
    <message>
        <source>Enter the template code (templateSetCode).</source>
        <translation>템플릿 코드(templateSetCode)를 입력하세요.</translation>
    </message>
    <message>
        <source>This system cannot read %1 text. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>이 시스템은 %1 텍스트를 읽을 수 없습니다. 파일을 &quot;CSV UTF-8&quot;로 저장한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The file is not %1 text. Choose another encoding, or save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>파일이 %1 텍스트가 아닙니다. 다른 인코딩을 고르거나 파일을 &quot;CSV UTF-8&quot;로 저장한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>A quoted value that starts on this line is never closed.</source>
        <translation>이 줄에서 시작한 따옴표 값이 닫히지 않았습니다.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows, the most one batch can hold. Split it into smaller files.</source>
        <translation>파일의 행이 한 일괄 작업의 최대치인 %1행보다 많습니다. 더 작은 파일로 나누세요.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The first line must be a header naming the columns: %1.</source>
        <translation>첫 줄은 열 이름을 적은 머리글이어야 합니다: %1.</translation>
    </message>
    <message>
        <source>Column %1 has no name in the header.</source>
        <translation>머리글에 %1번째 열의 이름이 없습니다.</translation>
    </message>
    <message>
        <source>The header names the column &quot;%1&quot; twice.</source>
        <translation>머리글에 &quot;%1&quot; 열이 두 번 있습니다.</translation>
    </message>
    <message>
        <source>The template variable &quot;%1&quot; has no column in the header.</source>
        <translation>템플릿 변수 &quot;%1&quot;에 해당하는 열이 머리글에 없습니다.</translation>
    </message>
    <message>
        <source>This file was already run for %1 as batch %2 on %3 by %4 (%5).</source>
        <translation>이 파일은 이미 %1에 대해 일괄 작업 %2(으)로 %3에 %4(%5)이(가) 실행했습니다.</translation>
    </message>
    <message>
        <source>This row has more values than the header has columns.</source>
        <translation>이 행에 머리글의 열보다 값이 많습니다.</translation>
    </message>
    <message>
        <source>userKey must be a positive whole number (found &quot;%1&quot;).</source>
        <translation>userKey는 양의 정수여야 합니다(&quot;%1&quot;이(가) 있음).</translation>
    </message>
    <message>
        <source>The amount %1 is above the largest payout allowed (%2 points, setting promotions/maxAmount).</source>
        <translation>금액 %1이(가) 허용된 최대 지급액(%2포인트, 설정 promotions/maxAmount)보다 큽니다.</translation>
    </message>
    <message>
        <source>amount must be a positive whole number of points (found &quot;%1&quot;).</source>
        <translation>amount는 양의 정수 포인트여야 합니다(&quot;%1&quot;이(가) 있음).</translation>
    </message>
    <message>
        <source>The template variable &quot;%1&quot; is empty.</source>
        <translation>템플릿 변수 &quot;%1&quot;이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>This user is listed more than once (first on line %1). Allow repeats to pay them once per row.</source>
        <translation>이 사용자가 두 번 이상 있습니다(처음은 %1번째 줄). 행마다 한 번씩 지급하려면 반복을 허용하세요.</translation>
    </message>
    <message>
        <source>This user is listed more than once (first on line %1). Allow repeats to send once per row.</source>
        <translation>이 사용자가 두 번 이상 있습니다(처음은 %1번째 줄). 행마다 한 번씩 보내려면 반복을 허용하세요.</translation>
    </message>
    <message>
        <source>A payout to this user from this promotion is already in progress or its outcome is unknown.</source>
        <translation>이 프로모션에서 이 사용자에게 하는 지급이 이미 진행 중이거나 결과를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>The file has no rows under its header.</source>
        <translation>파일의 머리글 아래에 행이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ait::bulk::RowOutcome</name>
    <message>
        <source>Not started yet.</source>
        <translation>아직 시작하지 않았습니다.</translation>
    </message>
    <message>
        <source>Outcome unknown: resume the batch to ask Toss about this payout&apos;s key (it is never paid twice).</source>
        <translation>결과를 알 수 없음: 일괄 작업을 이어서 실행하면 이 지급의 키로 토스에 확인합니다(두 번 지급되지 않습니다).</translation>
    </message>
    <message>
        <source>Outcome unknown: the answer was lost. Decide whether to send it again or mark it as sent.</source>
        <translation>결과를 알 수 없음: 응답을 받지 못했습니다. 다시 보낼지, 보냄으로 표시할지 정하세요.</translation>
    </message>
    <message>
        <source>Paid.</source>
        <translation>지급했습니다.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>보냈습니다.</translation>
    </message>
    <message>
        <source>Marked as sent by the operator.</source>
        <translation>운영자가 보냄으로 표시했습니다.</translation>
    </message>
    <message>
        <source>Marked as not sent by the operator.</source>
        <translation>운영자가 보내지 않음으로 표시했습니다.</translation>
    </message>
    <message>
        <source>Paid (confirmed by asking Toss about its key).</source>
        <translation>지급했습니다(키로 토스에 확인함).</translation>
    </message>
    <message>
        <source>Not paid (Toss reported that its key paid nothing).</source>
        <translation>지급하지 않았습니다(토스가 이 키로는 아무것도 지급하지 않았다고 알림).</translation>
    </message>
    <message>
        <source>Not sent: the batch was stopped.</source>
        <translation>보내지 않음: 일괄 작업이 중지되었습니다.</translation>
    </message>
    <message>
        <source>Toss reported the payout as FAILED: no points were paid.</source>
        <translation>토스가 지급을 FAILED로 알렸습니다. 포인트는 지급되지 않았습니다.</translation>
    </message>
    <message>
        <source>Refused (%1): nothing was applied.</source>
        <translation>거절됨(%1): 아무것도 적용되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ait::cli::ApprovalsCommand</name>
    <message>
        <source>four-eyes approval on the team journal: list, request, approve, reject and send</source>
        <translation>팀 저널의 이중 승인: 목록, 요청, 승인, 거절, 보내기</translation>
    </message>
    <message>
        <source>requests and what became of them, newest first</source>
        <translation>요청과 그 결과, 최신순</translation>
    </message>
    <message>
        <source>ask another operator to approve a payout above the profile&apos;s threshold</source>
        <translation>프로필 기준을 넘는 지급을 다른 운영자에게 승인 요청</translation>
    </message>
    <message>
        <source>approve another operator&apos;s request</source>
        <translation>다른 운영자의 요청 승인</translation>
    </message>
    <message>
        <source>reject another operator&apos;s request, with a reason</source>
        <translation>다른 운영자의 요청을 사유와 함께 거절</translation>
    </message>
    <message>
        <source>send an approved request (refund or payout), once</source>
        <translation>승인된 요청(환불 또는 지급)을 한 번 보내기</translation>
    </message>
    <message>
        <source>Lists the requests for a second operator&apos;s approval in the team journal, newest first.</source>
        <translation>팀 저널에 있는 이중 승인 요청을 최신순으로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Only this state: awaiting, approved, rejected or sent.</source>
        <translation>이 상태만: awaiting, approved, rejected, sent 중 하나.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>--state expects awaiting, approved, rejected or sent, not &quot;%1&quot;.</source>
        <translation>--state에는 awaiting, approved, rejected, sent 중 하나를 주세요(&quot;%1&quot;이(가) 아님).</translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation>요청이 없습니다.</translation>
    </message>
    <message>
        <source>Records a payout as awaiting another operator&apos;s approval in the team journal; nothing is sent. Once approved, &quot;ait-cli approvals send ID&quot; (from any console) pays it, once.</source>
        <translation>지급을 팀 저널에 다른 운영자의 승인 대기로 기록합니다. 아무것도 보내지 않습니다. 승인되면 어느 콘솔에서든 &quot;ait-cli approvals send ID&quot;로 한 번 지급합니다.</translation>
    </message>
    <message>
        <source>The promotion code (letters, digits, _ and -).</source>
        <translation>프로모션 코드(영문자, 숫자, _, -).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>The user&apos;s userKey.</source>
        <translation>사용자의 userKey.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>Points to pay.</source>
        <translation>지급할 포인트.</translation>
    </message>
    <message>
        <source>points</source>
        <translation>포인트</translation>
    </message>
    <message>
        <source>the profile to pay with</source>
        <translation>지급에 쓸 프로필</translation>
    </message>
    <message>
        <source>the promotion code</source>
        <translation>프로모션 코드</translation>
    </message>
    <message>
        <source>the user&apos;s userKey</source>
        <translation>사용자의 userKey</translation>
    </message>
    <message>
        <source>the points to pay</source>
        <translation>지급할 포인트</translation>
    </message>
    <message>
        <source>Request #%1 is waiting for another operator&apos;s approval. Nothing was sent.</source>
        <translation>요청 #%1이(가) 다른 운영자의 승인을 기다립니다. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Approves another operator&apos;s request; the one who asked cannot approve it (the database checks the login).</source>
        <translation>다른 운영자의 요청을 승인합니다. 요청한 사람은 승인할 수 없습니다(데이터베이스가 로그인을 확인합니다).</translation>
    </message>
    <message>
        <source>Rejects another operator&apos;s request with a reason; a rejected request can never be sent.</source>
        <translation>다른 운영자의 요청을 사유와 함께 거절합니다. 거절된 요청은 보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>The request&apos;s number (#ID).</source>
        <translation>요청 번호(#ID).</translation>
    </message>
    <message>
        <source>Why (shown to the one who asked).</source>
        <translation>사유(요청한 사람에게 보입니다).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Give one request number, e.g. ait-cli approvals approve 12.</source>
        <translation>요청 번호 하나를 주세요. 예: ait-cli approvals approve 12.</translation>
    </message>
    <message>
        <source>A rejection needs --reason: the one who asked is told why.</source>
        <translation>거절에는 --reason이 필요합니다. 요청한 사람에게 사유가 전달됩니다.</translation>
    </message>
    <message>
        <source>Approval works only with the team journal (Settings → Journal).</source>
        <translation>승인은 팀 저널에서만 쓸 수 있습니다(설정 → 저널).</translation>
    </message>
    <message>
        <source>There is no request #%1.</source>
        <translation>요청 #%1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Request #%1 was already decided (%2).</source>
        <translation>요청 #%1은(는) 이미 결정되었습니다(%2).</translation>
    </message>
    <message>
        <source>Request #%1 is yours: another operator must approve or reject it.</source>
        <translation>요청 #%1은(는) 본인의 요청입니다. 다른 운영자가 승인하거나 거절해야 합니다.</translation>
    </message>
    <message>
        <source>The team journal could not record the decision: %1</source>
        <translation>팀 저널에 결정을 기록하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Request #%1 is approved: it can now be sent (ait-cli approvals send %1).</source>
        <translation>요청 #%1이(가) 승인되었습니다. 이제 보낼 수 있습니다(ait-cli approvals send %1).</translation>
    </message>
    <message>
        <source>Request #%1 is rejected; it will not be sent.</source>
        <translation>요청 #%1을(를) 거절했습니다. 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Sends an approved request through the usual path (journaled first, then sent, then settled). It is sent once, whichever console sends it.</source>
        <translation>승인된 요청을 평소 경로로 보냅니다(먼저 기록하고, 보내고, 결과를 확정). 어느 콘솔에서 보내든 한 번만 보냅니다.</translation>
    </message>
    <message>
        <source>Give one request number, e.g. ait-cli approvals send 12.</source>
        <translation>요청 번호 하나를 주세요. 예: ait-cli approvals send 12.</translation>
    </message>
    <message>
        <source>the profile to send with</source>
        <translation>보낼 때 쓸 프로필</translation>
    </message>
    <message>
        <source>Request #%1 is %2, not approved: nothing was sent.</source>
        <translation>요청 #%1은(는) %2 상태이며 승인되지 않았습니다. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Request #%1 was sent and succeeded: Activity #%2.</source>
        <translation>요청 #%1을(를) 보냈고 성공했습니다: 활동 #%2.</translation>
    </message>
</context>
<context>
    <name>ait::cli::BulkCommand</name>
    <message>
        <source>the batch number (ait-cli bulk list shows them)</source>
        <translation>일괄 작업 번호(ait-cli bulk list에 나옴)</translation>
    </message>
    <message>
        <source>bulk payouts and messages from a CSV file: check, run, resume, status, export, list</source>
        <translation>CSV 파일로 하는 일괄 지급과 메시지: 검사, 실행, 이어서 실행, 상태, 내보내기, 목록</translation>
    </message>
    <message>
        <source>check a file without sending anything (a dry run)</source>
        <translation>아무것도 보내지 않고 파일 검사(시험 실행)</translation>
    </message>
    <message>
        <source>pay the points a file lists, from a promotion</source>
        <translation>파일에 적힌 포인트를 프로모션에서 지급</translation>
    </message>
    <message>
        <source>send a message template to the users a file lists</source>
        <translation>파일에 적힌 사용자에게 메시지 템플릿 발송</translation>
    </message>
    <message>
        <source>continue a paused, stopped or interrupted batch</source>
        <translation>일시 정지·중지·중단된 일괄 작업 이어서 실행</translation>
    </message>
    <message>
        <source>a batch&apos;s state and counts</source>
        <translation>일괄 작업의 상태와 건수</translation>
    </message>
    <message>
        <source>a batch&apos;s rows with their outcome, as CSV</source>
        <translation>일괄 작업의 행과 결과를 CSV로</translation>
    </message>
    <message>
        <source>the batches in the journal</source>
        <translation>활동 기록의 일괄 작업 목록</translation>
    </message>
    <message>
        <source>Interrupted: pausing (calls in flight finish)…</source>
        <translation>중단됨: 일시 정지하는 중(진행 중인 호출은 마칩니다)…</translation>
    </message>
    <message>
        <source>The CSV file (UTF-8 or CP949; a header row names the columns).</source>
        <translation>CSV 파일(UTF-8 또는 CP949, 머리글 행에 열 이름).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Allow a user listed more than once (paced by the per-user limit).</source>
        <translation>두 번 이상 나온 사용자 허용(사용자별 한도에 맞춰 진행).</translation>
    </message>
    <message>
        <source>The file&apos;s encoding instead of the detected one: utf-8, cp949 or utf-16.</source>
        <translation>감지된 인코딩 대신 쓸 파일 인코딩: utf-8, cp949, utf-16.</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>인코딩</translation>
    </message>
    <message>
        <source>The separator instead of the detected one: , ; or tab.</source>
        <translation>감지된 구분자 대신 쓸 구분자: , ; 또는 tab.</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>구분자</translation>
    </message>
    <message>
        <source>The template&apos;s variables, comma-separated (messages).</source>
        <translation>템플릿 변수, 쉼표로 구분(메시지).</translation>
    </message>
    <message>
        <source>names</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Unknown encoding: %1 (use utf-8, cp949 or utf-16).</source>
        <translation>알 수 없는 인코딩: %1 (utf-8, cp949, utf-16 중 하나).</translation>
    </message>
    <message>
        <source>Unknown delimiter: %1 (use , ; or tab).</source>
        <translation>알 수 없는 구분자: %1 (, ; 또는 tab).</translation>
    </message>
    <message>
        <source>File: %1 (%2, %3)</source>
        <translation>파일: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>탭으로 구분</translation>
    </message>
    <message>
        <source>separated by %1</source>
        <translation>%1(으)로 구분</translation>
    </message>
    <message>
        <source>Rows: %1, distinct users: %2</source>
        <translation>행: %1, 서로 다른 사용자: %2</translation>
    </message>
    <message>
        <source>Total: %1 points</source>
        <translation>합계: %1포인트</translation>
    </message>
    <message>
        <source>Sent with send-bulk-message, %1 recipients a call</source>
        <translation>send-bulk-message로 호출마다 수신자 %1명씩 발송</translation>
    </message>
    <message>
        <source>Sent one by one (template variables: %1)</source>
        <translation>한 명씩 발송(템플릿 변수: %1)</translation>
    </message>
    <message>
        <source>Estimated duration: %1 min at %2 calls a minute</source>
        <translation>예상 소요 시간: 분당 %2회 호출로 %1분</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>문제가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>문제 %n건:</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  %1번째 줄: %2</translation>
    </message>
    <message>
        <source>There is no activity journal at %1.</source>
        <translation>%1에 활동 기록이 없습니다.</translation>
    </message>
    <message>
        <source>The activity journal %1 cannot be read: %2</source>
        <translation>활동 기록 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The activity journal %1 has no bulk runs yet.</source>
        <translation>활동 기록 %1에는 아직 일괄 작업이 없습니다.</translation>
    </message>
    <message>
        <source>Checks a file as a run would, without sending or recording anything: every problem with its line, the totals and the estimated duration. Exit 0 when the file can run, 2 when it has problems.</source>
        <translation>실행할 때처럼 파일을 검사하되 아무것도 보내거나 기록하지 않습니다: 모든 문제와 그 줄, 합계, 예상 소요 시간. 실행할 수 있으면 0, 문제가 있으면 2로 끝납니다.</translation>
    </message>
    <message>
        <source>payout or message.</source>
        <translation>payout 또는 message.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>The promotion code (payouts).</source>
        <translation>프로모션 코드(지급).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>The message template code (messages).</source>
        <translation>메시지 템플릿 코드(메시지).</translation>
    </message>
    <message>
        <source>payout or message</source>
        <translation>payout 또는 message</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>CSV 파일</translation>
    </message>
    <message>
        <source>--kind expects payout or message, not &quot;%1&quot;.</source>
        <translation>--kind에는 payout 또는 message를 주세요(&quot;%1&quot;이(가) 아님).</translation>
    </message>
    <message>
        <source>Give --promotion (payouts) or --template (messages), not both.</source>
        <translation>--promotion(지급)과 --template(메시지) 중 하나만 주세요.</translation>
    </message>
    <message>
        <source>The identity of profile &quot;%1&quot; cannot be read from the OS keychain: %2</source>
        <translation>프로필 &quot;%1&quot;의 인증서를 OS 키체인에서 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Checks the file, records the batch and its rows in the activity journal, then pays each row as a single payout does (key recorded before execute-promotion leaves), at the profile&apos;s pace. --confirm-total is the file&apos;s total points, typed to confirm. Ctrl+C pauses; resume with ait-cli bulk resume.</source>
        <translation>파일을 검사하고 일괄 작업과 그 행을 활동 기록에 남긴 뒤, 프로필의 속도에 맞춰 각 행을 단건 지급과 똑같이 지급합니다(execute-promotion을 보내기 전에 키를 기록). --confirm-total은 확인을 위해 입력하는 파일의 포인트 합계입니다. Ctrl+C는 일시 정지하며, ait-cli bulk resume으로 이어서 실행합니다.</translation>
    </message>
    <message>
        <source>Checks the file, records the batch and its recipients in the activity journal, then sends, at the profile&apos;s pace. --confirm-total is the number of recipients, typed to confirm. Ctrl+C pauses; resume with ait-cli bulk resume.</source>
        <translation>파일을 검사하고 일괄 작업과 수신자를 활동 기록에 남긴 뒤, 프로필의 속도에 맞춰 보냅니다. --confirm-total은 확인을 위해 입력하는 수신자 수입니다. Ctrl+C는 일시 정지하며, ait-cli bulk resume으로 이어서 실행합니다.</translation>
    </message>
    <message>
        <source>The promotion code.</source>
        <translation>프로모션 코드.</translation>
    </message>
    <message>
        <source>The message template code.</source>
        <translation>메시지 템플릿 코드.</translation>
    </message>
    <message>
        <source>The file&apos;s total points, to confirm.</source>
        <translation>확인용 파일의 포인트 합계.</translation>
    </message>
    <message>
        <source>The number of recipients, to confirm.</source>
        <translation>확인용 수신자 수.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>the profile to run with</source>
        <translation>실행할 프로필</translation>
    </message>
    <message>
        <source>the promotion code</source>
        <translation>프로모션 코드</translation>
    </message>
    <message>
        <source>the template code</source>
        <translation>템플릿 코드</translation>
    </message>
    <message>
        <source>the total you confirm</source>
        <translation>확인하는 합계</translation>
    </message>
    <message>
        <source>The total you confirmed (%1) is not the file&apos;s total of %2 points: nothing was sent.</source>
        <translation>확인한 합계(%1)가 파일의 합계 %2포인트와 다릅니다. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The number you confirmed (%1) is not the file&apos;s %2 recipients: nothing was sent.</source>
        <translation>확인한 수(%1)가 파일의 수신자 %2명과 다릅니다. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;(이)라는 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>ait-cli profiles list shows the profiles; ait-cli import makes one.</source>
        <translation>ait-cli profiles list로 프로필을 보고, ait-cli import로 만드세요.</translation>
    </message>
    <message>
        <source>Continues a batch: rows an earlier run left sent or unknown are asked about first (with the same key) while the rest run. For messages whose answer was lost, say what to do with them.</source>
        <translation>일괄 작업을 이어서 실행합니다: 이전 실행이 보냄 또는 알 수 없음으로 남긴 행을 (같은 키로) 먼저 확인하고, 그동안 나머지 행도 실행합니다. 응답을 받지 못한 메시지는 어떻게 할지 정해 주세요.</translation>
    </message>
    <message>
        <source>The batch number.</source>
        <translation>일괄 작업 번호.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Send the messages whose answer was lost again (they may arrive twice).</source>
        <translation>응답을 받지 못한 메시지를 다시 보냅니다(두 번 도착할 수 있음).</translation>
    </message>
    <message>
        <source>Record the messages whose answer was lost as sent.</source>
        <translation>응답을 받지 못한 메시지를 보냄으로 기록합니다.</translation>
    </message>
    <message>
        <source>Record the messages whose answer was lost as not sent.</source>
        <translation>응답을 받지 못한 메시지를 보내지 않음으로 기록합니다.</translation>
    </message>
    <message>
        <source>Give one of --send-again, --mark-sent and --mark-not-sent.</source>
        <translation>--send-again, --mark-sent, --mark-not-sent 중 하나만 주세요.</translation>
    </message>
    <message>
        <source>There is no batch %1 in the journal.</source>
        <translation>활동 기록에 일괄 작업 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The profile batch %1 was run with (&quot;%2&quot;) no longer exists.</source>
        <translation>일괄 작업 %1을(를) 실행한 프로필(&quot;%2&quot;)이 더 이상 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n row(s).</source>
        <translation>
            <numerusform>일괄 작업 %1: %n행.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows settled (%3 failed, %4 unknown) · %5 calls a minute · about %6 min left   </source>
        <translation>%2행 중 %1행 완료(실패 %3, 알 수 없음 %4) · 분당 %5회 호출 · 약 %6분 남음   </translation>
    </message>
    <message numerus="yes">
        <source>The answer for %n message(s) was lost, rows %1. Nobody can look them up: decide with `ait-cli bulk resume --batch %2 --send-again` (they may arrive twice) or `--mark-sent` / `--mark-not-sent`.</source>
        <translation>
            <numerusform>메시지 %n건(행 %1)의 응답을 받지 못했습니다. 조회할 방법이 없으니 `ait-cli bulk resume --batch %2 --send-again`(두 번 도착할 수 있음) 또는 `--mark-sent` / `--mark-not-sent`로 정하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 %2: %3 succeeded, %4 failed, %5 unknown, %6 not started.</source>
        <translation>일괄 작업 %1 %2: 성공 %3, 실패 %4, 알 수 없음 %5, 시작 안 함 %6.</translation>
    </message>
    <message>
        <source>Continue it with: ait-cli bulk resume --batch %1</source>
        <translation>이어서 실행: ait-cli bulk resume --batch %1</translation>
    </message>
    <message>
        <source>A batch&apos;s state and how many rows succeeded, failed, are unknown or not started.</source>
        <translation>일괄 작업의 상태와 성공·실패·알 수 없음·시작 안 함 행의 수.</translation>
    </message>
    <message>
        <source>Batch %1 (%2 %3, %4) %5: %6 rows, %7 succeeded, %8 failed, %9 unknown, %10 not started.</source>
        <translation>일괄 작업 %1 (%2 %3, %4) %5: %6행, 성공 %7, 실패 %8, 알 수 없음 %9, 시작 안 함 %10.</translation>
    </message>
    <message>
        <source>Writes a batch&apos;s rows as CSV: row, user, amount, state, key, partner code and the explanation.</source>
        <translation>일괄 작업의 행을 CSV로 씁니다: 행, 사용자, 금액, 상태, 키, 파트너 코드, 설명.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>쓸 CSV 파일.</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>쓸 CSV 파일</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The batches in the journal, newest first, with their counts.</source>
        <translation>활동 기록의 일괄 작업, 최신 순, 건수와 함께.</translation>
    </message>
    <message>
        <source>No batches.</source>
        <translation>일괄 작업이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ait::cli::CallCommand</name>
    <message>
        <source>a raw partner call with a profile&apos;s identity, for developers</source>
        <translation>개발자용: 프로필의 인증서로 파트너 API를 직접 호출</translation>
    </message>
    <message>
        <source>Makes one partner call with the profile&apos;s certificate, through the same client as every command (TLS, timeouts, read-only profiles refused, redirects never followed) and prints the answer, masked unless --show-secrets. Calls that change something (marked *) are refused unless --allow-change, and are confirmed like any change; refunds, payouts, payments and messages made this way are recorded in the activity journal as the operation they are, before they leave, and an unknown outcome is left for &quot;ait-cli journal reconcile&quot;. Partner endpoints:%1</source>
        <translation>프로필의 인증서로 파트너 API를 한 번 호출합니다. 모든 명령과 같은 클라이언트를 거치며(TLS, 시간 제한, 읽기 전용 프로필 거부, 리디렉션은 따르지 않음) 응답을 출력합니다. --show-secrets가 없으면 비밀 값은 가려집니다. 무언가를 바꾸는 호출(* 표시)은 --allow-change가 있어야 하고 다른 변경과 똑같이 확인을 받습니다. 이렇게 한 환불, 지급, 결제, 메시지는 보내기 전에 해당 작업으로 활동 기록에 남고, 결과를 알 수 없으면 &quot;ait-cli journal reconcile&quot;로 확인하도록 남겨 둡니다. 파트너 엔드포인트:%1</translation>
    </message>
    <message>
        <source>GET or POST, as the endpoint takes it.</source>
        <translation>엔드포인트가 받는 방식대로 GET 또는 POST.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s path, e.g. /api-partner/v1/apps-in-toss/order/get-order-status.</source>
        <translation>엔드포인트 경로. 예: /api-partner/v1/apps-in-toss/order/get-order-status.</translation>
    </message>
    <message>
        <source>The request body: one JSON object.</source>
        <translation>요청 본문: JSON 객체 하나.</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>A request header as NAME:VALUE, e.g. x-toss-user-key:443731103 (repeat it for more).</source>
        <translation>NAME:VALUE 형식의 요청 헤더. 예: x-toss-user-key:443731103 (여러 개면 반복).</translation>
    </message>
    <message>
        <source>header</source>
        <translation>헤더</translation>
    </message>
    <message>
        <source>Allow a call that changes something (refund, payment, payout, message, unlink, promotion key).</source>
        <translation>무언가를 바꾸는 호출(환불, 결제, 지급, 메시지, 연결 해제, 프로모션 키)을 허용합니다.</translation>
    </message>
    <message>
        <source>the profile to call with</source>
        <translation>호출에 쓸 프로필</translation>
    </message>
    <message>
        <source>ait-cli call expects METHOD and PATH, e.g. ait-cli call --profile Sandbox POST /api-partner/v1/apps-in-toss/order/get-order-status.</source>
        <translation>ait-cli call에는 METHOD와 PATH가 필요합니다. 예: ait-cli call --profile Sandbox POST /api-partner/v1/apps-in-toss/order/get-order-status.</translation>
    </message>
    <message>
        <source>PATH &quot;%1&quot; is not a partner endpoint ait-cli knows: see ait-cli call --help for the list.</source>
        <translation>PATH &quot;%1&quot;은(는) ait-cli가 아는 파트너 엔드포인트가 아닙니다. 목록은 ait-cli call --help에 있습니다.</translation>
    </message>
    <message>
        <source>METHOD: %1 takes %2, not %3.</source>
        <translation>METHOD: %1은(는) %3이 아니라 %2로 호출합니다.</translation>
    </message>
    <message>
        <source>--data expects one JSON object, e.g. {&quot;orderId&quot;:&quot;demo-order-purchased&quot;}.</source>
        <translation>--data에는 JSON 객체 하나를 주세요. 예: {&quot;orderId&quot;:&quot;demo-order-purchased&quot;}.</translation>
    </message>
    <message>
        <source>--header expects NAME:VALUE, not &quot;%1&quot;.</source>
        <translation>--header에는 NAME:VALUE 형식을 주세요. &quot;%1&quot;은(는) 맞지 않습니다.</translation>
    </message>
    <message>
        <source>%1 changes something at the partner: add --allow-change to make this call. Nothing was sent.</source>
        <translation>%1은(는) 파트너 쪽에서 무언가를 바꿉니다. 이 호출을 하려면 --allow-change를 추가하세요. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 %2 → HTTP %3 %4 in %5 ms %6</source>
        <translation>%1 %2 → HTTP %3 %4, %5ms %6</translation>
    </message>
    <message>
        <source>Recorded as activity #%1 (%2).</source>
        <translation>활동 기록 #%1로 기록했습니다(%2).</translation>
    </message>
    <message>
        <source>Send %1 %2 with profile &quot;%3&quot;? It changes something at the partner.</source>
        <translation>프로필 &quot;%3&quot;로 %1 %2을(를) 보낼까요? 파트너 쪽에서 무언가를 바꿉니다.</translation>
    </message>
</context>
<context>
    <name>ait::cli::Cli</name>
    <message>
        <source>check a client certificate and key file (exit codes of its own)</source>
        <translation>클라이언트 인증서와 키 파일을 점검 (종료 코드가 따로 있음)</translation>
    </message>
    <message>
        <source>check a certificate and store it with its key in the OS keychain (exit codes of its own)</source>
        <translation>인증서를 점검하고 키와 함께 OS 키체인에 저장 (종료 코드가 따로 있음)</translation>
    </message>
    <message>
        <source>inspect and import keep the exit codes they always had: 0 ready, 1 warning, 2 blocked, 3 unreadable, 4 wrong passphrase, 64 usage; import adds 5 when the keychain refuses and 6 when the profile already has an active certificate and --replace was not given.</source>
        <translation>inspect와 import는 원래의 종료 코드를 그대로 씁니다: 0 사용 가능, 1 경고, 2 차단, 3 읽을 수 없음, 4 암호 틀림, 64 사용법 오류. import는 여기에 키체인이 거부하면 5, 프로필에 이미 활성 인증서가 있는데 --replace가 없으면 6을 더합니다.</translation>
    </message>
    <message>
        <source>Usage: ait-cli COMMAND [SUBCOMMAND] [OPTIONS]   (ait-cli COMMAND --help for more)</source>
        <translation>사용법: ait-cli 명령 [하위 명령] [옵션]   (자세한 내용은 ait-cli 명령 --help)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>버전을 출력</translation>
    </message>
    <message>
        <source>Every command works with the same profiles, OS keychain identities, activity journal and settings as ait-console, and through the same core: money actions are recorded before they are sent, confirmed on a terminal (or with --yes), refused for read-only profiles, and an unknown outcome is reconciled, never resent. Output is in the system&apos;s language (AIT_LANGUAGE=ko or en overrides it); --json prints one JSON object per result.</source>
        <translation>모든 명령은 ait-console과 같은 프로필, OS 키체인의 인증서, 활동 기록, 설정을 쓰고 같은 코어를 거칩니다. 돈이 오가는 작업은 보내기 전에 기록되고, 터미널에서 확인을 받으며(또는 --yes), 읽기 전용 프로필에서는 거부되고, 결과를 알 수 없으면 다시 보내지 않고 결과 확인으로 정리합니다. 출력은 시스템 언어를 따르며(AIT_LANGUAGE=ko 또는 en으로 바꿀 수 있음), --json은 결과마다 JSON 객체 하나를 출력합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ait-cli command.</source>
        <translation>&quot;%1&quot;은(는) ait-cli 명령이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>ait::cli::Command</name>
    <message>
        <source>Usage: ait-cli %1 SUBCOMMAND [OPTIONS]   (ait-cli %1 SUBCOMMAND --help for its options)</source>
        <translation>사용법: ait-cli %1 하위명령 [옵션]   (옵션은 ait-cli %1 하위명령 --help)</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>하위 명령:</translation>
    </message>
    <message>
        <source>ait-cli %1 needs a subcommand.</source>
        <translation>ait-cli %1에는 하위 명령이 필요합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subcommand of ait-cli %2.</source>
        <translation>&quot;%1&quot;은(는) ait-cli %2의 하위 명령이 아닙니다.</translation>
    </message>
    <message>
        <source>Interrupted: stopping, and recording in the journal what happened…</source>
        <translation>중단됨: 멈추고, 어떻게 되었는지 활동 기록에 남기는 중…</translation>
    </message>
    <message>
        <source>Interrupted. Nothing was sent.</source>
        <translation>중단했습니다. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Toss said: %1</source>
        <translation>토스 응답: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>자세히: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is read-only: it can look things up but not refund, pay out or send messages. Nothing was sent.</source>
        <translation>프로필 &quot;%1&quot;은(는) 읽기 전용입니다. 조회만 할 수 있고 환불, 지급, 메시지 발송은 할 수 없습니다. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The request may have reached Toss before you stopped it.</source>
        <translation>멈추기 전에 요청이 토스에 닿았을 수 있습니다.</translation>
    </message>
    <message>
        <source>Activity #%1 is left open: a message cannot be looked up. Check whether it arrived, then settle it with &quot;ait-cli journal reconcile %1 --delivered yes|no&quot;. Do not send it again.</source>
        <translation>활동 기록 #%1은(는) 열린 채로 남았습니다. 메시지는 나중에 조회할 수 없습니다. 도착했는지 확인한 뒤 &quot;ait-cli journal reconcile %1 --delivered yes|no&quot;로 정리하세요. 다시 보내지 마세요.</translation>
    </message>
    <message>
        <source>Activity #%1 is left open for reconciliation: run &quot;ait-cli journal reconcile %1&quot; to find out what happened. Do not send it again.</source>
        <translation>활동 기록 #%1은(는) 결과 확인을 위해 열린 채로 남았습니다. &quot;ait-cli journal reconcile %1&quot;을 실행해 어떻게 되었는지 알아보세요. 다시 보내지 마세요.</translation>
    </message>
    <message>
        <source>%1 won</source>
        <translation>%1원</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 포인트</translation>
    </message>
    <message>
        <source>Give --journal PATH or --team, not both.</source>
        <translation>--journal PATH와 --team 중 하나만 주세요.</translation>
    </message>
</context>
<context>
    <name>ait::cli::CommandLine</name>
    <message>
        <source>Profile whose certificate (from the OS keychain) makes the call.</source>
        <translation>호출에 쓸 인증서(OS 키체인에 있음)의 프로필.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Print each result as one JSON object per line (stable keys, no colour).</source>
        <translation>결과마다 JSON 객체 하나를 한 줄에 출력합니다(고정된 키, 색 없음).</translation>
    </message>
    <message>
        <source>Show tokens, decrypted personal fields and promotion keys instead of masking them.</source>
        <translation>토큰, 복호화한 개인정보, 프로모션 키를 가리지 않고 보여 줍니다.</translation>
    </message>
    <message>
        <source>Activity journal to use instead of the console&apos;s (an SQLite file).</source>
        <translation>콘솔의 활동 기록 대신 쓸 활동 기록(SQLite 파일).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Confirm without asking (needed when there is no terminal to ask on).</source>
        <translation>묻지 않고 확인합니다(물어볼 터미널이 없을 때 필요).</translation>
    </message>
    <message>
        <source>Usage: ait-cli %1 (--help for more)</source>
        <translation>사용법: ait-cli %1 (자세한 내용은 --help)</translation>
    </message>
    <message>
        <source>Usage: ait-cli %1</source>
        <translation>사용법: ait-cli %1</translation>
    </message>
    <message>
        <source>--%1 is required: %2.</source>
        <translation>--%1이(가) 필요합니다: %2.</translation>
    </message>
    <message>
        <source>--%1 expects %2 (a positive whole number), not &quot;%3&quot;.</source>
        <translation>--%1에는 %2(양의 정수)을(를) 주세요. &quot;%3&quot;은(는) 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Exit codes (the same for every command but inspect and import):
  0    done
  2    bad usage or input: nothing was sent
  3    not confirmed (no terminal and no --yes, a typed amount that did not match, a change
       without --allow-change): nothing was sent
  4    the partner refused: nothing was applied
  5    keychain, profile (missing, no certificate, read-only) or journal problem: nothing was sent
  6    outcome unknown, or an operation on the same target is still open: reconcile it
       (ait-cli journal reconcile ID); never send it again blindly
  7    network or TLS failure before anything could be applied
  130  interrupted (Ctrl+C) before anything was sent</source>
        <translation>종료 코드 (inspect와 import를 뺀 모든 명령에 같음):
  0    완료
  2    사용법이나 입력 오류: 아무것도 보내지 않음
  3    확인받지 못함 (터미널도 --yes도 없음, 입력한 금액이 맞지 않음, --allow-change 없는
       변경): 아무것도 보내지 않음
  4    파트너가 거절함: 아무것도 처리되지 않음
  5    키체인, 프로필(없음, 인증서 없음, 읽기 전용) 또는 활동 기록 문제: 아무것도 보내지 않음
  6    결과를 알 수 없음, 또는 같은 대상의 작업이 아직 열려 있음: 결과를 확인하세요
       (ait-cli journal reconcile ID). 확인 없이 다시 보내지 마세요
  7    무엇이든 처리되기 전에 네트워크나 TLS가 실패함
  130  무엇이든 보내기 전에 중단됨 (Ctrl+C)</translation>
    </message>
    <message>
        <source>Use the team journal (the PostgreSQL database set in ait-console, Settings → Journal); the default when the console is set to it.</source>
        <translation>팀 활동 기록(ait-console의 설정 → 활동 기록에서 정한 PostgreSQL 데이터베이스)을 씁니다. 콘솔이 팀 활동 기록으로 설정되어 있으면 기본값입니다.</translation>
    </message>
</context>
<context>
    <name>ait::cli::Confirmation</name>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>Not confirmed. Nothing was sent.</source>
        <translation>확인받지 못했습니다. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>There is no terminal to confirm on: add --yes to confirm. Nothing was sent.</source>
        <translation>확인을 받을 터미널이 없습니다. 확인하려면 --yes를 추가하세요. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The amount must be confirmed: add --confirm-amount %1 (or run it on a terminal to type it). Nothing was sent.</source>
        <translation>금액을 확인해야 합니다. --confirm-amount %1을(를) 추가하세요(또는 터미널에서 실행해 직접 입력하세요). 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The confirmed amount does not match %1. Nothing was sent.</source>
        <translation>확인한 금액이 %1과(와) 맞지 않습니다. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Go on anyway?</source>
        <translation>그래도 계속할까요?</translation>
    </message>
    <message>
        <source>Another operator settled this lately (see above) and there is no terminal to ask on: add --despite-recent to go on anyway. Nothing was sent.</source>
        <translation>다른 운영자가 최근에 처리한 건입니다(위 내용 참고). 물어볼 터미널이 없으니, 그래도 진행하려면 --despite-recent를 붙이세요. 아무것도 보내지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ait::cli::IapCommand</name>
    <message>
        <source>look an in-app purchase order up</source>
        <translation>인앱 결제 주문 조회</translation>
    </message>
    <message>
        <source>an order&apos;s status (get-order-status), with what it means</source>
        <translation>주문 상태와 그 의미 (get-order-status)</translation>
    </message>
    <message>
        <source>Looks an in-app purchase order up (get-order-status) and says what its status means; the two official readings of PURCHASED and PAYMENT_COMPLETED are both given.</source>
        <translation>인앱 결제 주문을 조회하고(get-order-status) 상태가 무슨 뜻인지 알려 줍니다. PURCHASED와 PAYMENT_COMPLETED는 공식 문서의 두 해석을 모두 보여 줍니다.</translation>
    </message>
    <message>
        <source>The order&apos;s orderId.</source>
        <translation>주문의 orderId.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The buyer&apos;s userKey, when known.</source>
        <translation>알고 있다면 구매자의 userKey.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>the profile to call with</source>
        <translation>호출에 쓸 프로필</translation>
    </message>
    <message>
        <source>the orderId of the order to look up</source>
        <translation>조회할 주문의 orderId</translation>
    </message>
    <message>
        <source>the buyer&apos;s userKey</source>
        <translation>구매자의 userKey</translation>
    </message>
    <message>
        <source>Order %1: %2
  SKU %3 · determined %4
  Partner&apos;s words: %5
%6</source>
        <translation>주문 %1: %2
  SKU %3 · 확정 %4
  파트너 설명: %5
%6</translation>
    </message>
</context>
<context>
    <name>ait::cli::IdentityOptions</name>
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
        <source>The passphrase file %1 cannot be read.</source>
        <translation>암호 파일 %1을(를) 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ait::cli::ImportCommand</name>
    <message>
        <source>Checks a client certificate and stores it, with its key, in the OS keychain.</source>
        <translation>클라이언트 인증서를 검사하고 키와 함께 운영체제 키체인에 저장합니다.</translation>
    </message>
    <message>
        <source>Profile to store into (created when missing).</source>
        <translation>저장할 프로필(없으면 새로 만듭니다).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Certificate, PEM bundle or PKCS#12 (.p12/.pfx) file.</source>
        <translation>인증서, PEM 묶음 또는 PKCS#12(.p12/.pfx) 파일.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Make the new identity the active one even when the profile already has one.</source>
        <translation>프로필에 사용 중인 인증서가 있어도 새 인증서를 사용 중으로 지정합니다.</translation>
    </message>
    <message>
        <source>Environment of a new profile: live, sandbox or custom (default: live).</source>
        <translation>새 프로필의 환경: live, sandbox, custom 중 하나(기본값: live).</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>환경</translation>
    </message>
    <message>
        <source>Usage: ait-cli import --profile NAME --cert FILE [--key FILE] [--passphrase-file FILE] [--replace] [--environment live|sandbox|custom]</source>
        <translation>사용법: ait-cli import --profile 이름 --cert 파일 [--key 파일] [--passphrase-file 파일] [--replace] [--environment live|sandbox|custom]</translation>
    </message>
    <message>
        <source>No private key was found: give the key file with --key.</source>
        <translation>개인 키를 찾지 못했습니다. --key로 키 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; already has an active identity (%2, valid until %3). Add --replace to make the new certificate the active one; the old one stays available for rotation.</source>
        <translation>프로필 &quot;%1&quot;에는 이미 사용 중인 인증서(%2, %3까지 유효)가 있습니다. 새 인증서를 사용 중으로 지정하려면 --replace를 붙이세요. 기존 인증서는 교체 기간 동안 그대로 남습니다.</translation>
    </message>
    <message>
        <source>The OS keychain refused to store the identity: %1</source>
        <translation>운영체제 키체인이 인증서 저장을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>Stored in profile &quot;%1&quot; as the active identity.</source>
        <translation>프로필 &quot;%1&quot;에 사용 중인 인증서로 저장했습니다.</translation>
    </message>
    <message>
        <source>The private key now lives in the OS keychain. Delete the original key file or lock it away.</source>
        <translation>이제 개인 키는 운영체제 키체인에 있습니다. 원본 키 파일은 삭제하거나 안전한 곳에 보관하세요.</translation>
    </message>
    <message>
        <source>The key file is inside a Git working tree: make sure it was never committed.</source>
        <translation>키 파일이 Git 작업 트리 안에 있습니다. 커밋된 적이 없는지 확인하세요.</translation>
    </message>
    <message>
        <source>Apps API base URL of the profile (https).</source>
        <translation>프로필의 앱 API 기본 URL(https).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Pay API base URL of the profile (https).</source>
        <translation>프로필의 결제 API 기본 URL(https).</translation>
    </message>
    <message>
        <source>CA certificate (PEM) a sandbox or custom profile trusts.</source>
        <translation>샌드박스 또는 사용자 지정 프로필이 신뢰할 CA 인증서(PEM).</translation>
    </message>
    <message>
        <source>File with the login decryption key (base64).</source>
        <translation>로그인 복호화 키(base64)가 든 파일.</translation>
    </message>
    <message>
        <source>File with the login AAD.</source>
        <translation>로그인 AAD가 든 파일.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>파일 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1에 PEM 인증서가 없습니다.</translation>
    </message>
    <message>
        <source>Give --decryption-key-file and --aad-file together.</source>
        <translation>--decryption-key-file과 --aad-file을 함께 지정하세요.</translation>
    </message>
    <message>
        <source>The API URLs must start with https://.</source>
        <translation>API URL은 https://로 시작해야 합니다.</translation>
    </message>
</context>
<context>
    <name>ait::cli::InspectCommand</name>
    <message>
        <source>Checks a client certificate (and its key) for use with Apps in Toss.</source>
        <translation>클라이언트 인증서(와 키)를 앱인토스에서 쓸 수 있는지 검사합니다.</translation>
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
</context>
<context>
    <name>ait::cli::JournalCommand</name>
    <message>
        <source>the activity journal: list, show, reconcile and export operations</source>
        <translation>활동 기록: 작업 목록, 상세, 결과 확인, 내보내기</translation>
    </message>
    <message>
        <source>operations, newest first, with filters</source>
        <translation>작업 목록, 최신순, 필터 가능</translation>
    </message>
    <message>
        <source>one operation in full</source>
        <translation>작업 하나의 전체 내용</translation>
    </message>
    <message>
        <source>find out what happened to an open operation, and settle it</source>
        <translation>열린 작업이 어떻게 되었는지 알아보고 정리</translation>
    </message>
    <message>
        <source>write operations to a CSV (or JSON lines) file</source>
        <translation>작업을 CSV(또는 JSON 줄) 파일로 저장</translation>
    </message>
    <message>
        <source>Writes the operations (all, or those the filters keep) to FILE: CSV with the same columns as the console&apos;s Activity export (UTF-8 with BOM), or JSON lines with the keys of journal list --json.</source>
        <translation>작업(전부, 또는 필터에 맞는 것)을 FILE에 씁니다. 콘솔의 활동 기록 내보내기와 같은 열의 CSV(BOM이 있는 UTF-8)나, journal list --json과 같은 키의 JSON 줄 형식입니다.</translation>
    </message>
    <message>
        <source>Lists the operations in the activity journal, newest first.</source>
        <translation>활동 기록의 작업을 최신순으로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Only this state: intent, sent, succeeded, failed, unknown or reconciled.</source>
        <translation>이 상태만: intent, sent, succeeded, failed, unknown, reconciled.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Only this kind: refund, payout, message or test-payment.</source>
        <translation>이 종류만: refund, payout, message, test-payment.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Only operations made at or after this date (2026-12-01) or time (2026-12-01T09:00).</source>
        <translation>이 날짜(2026-12-01)나 시각(2026-12-01T09:00) 이후의 작업만.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Only operations made at or before this date or time.</source>
        <translation>이 날짜나 시각 이전의 작업만.</translation>
    </message>
    <message>
        <source>Only operations for this userKey.</source>
        <translation>이 userKey의 작업만.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>Only operations made with this profile.</source>
        <translation>이 프로필로 한 작업만.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Only open operations (intent, sent or unknown): what needs reconciling.</source>
        <translation>열린 작업만(intent, sent, unknown): 결과 확인이 필요한 것.</translation>
    </message>
    <message>
        <source>At most this many operations.</source>
        <translation>최대 이 개수만큼.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>저장할 파일.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>csv (default) or json (one object per line).</source>
        <translation>csv(기본) 또는 json(한 줄에 객체 하나).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>--state expects intent, sent, succeeded, failed, unknown or reconciled, not &quot;%1&quot;.</source>
        <translation>--state에는 intent, sent, succeeded, failed, unknown, reconciled 중 하나를 주세요. &quot;%1&quot;은(는) 맞지 않습니다.</translation>
    </message>
    <message>
        <source>--kind expects refund, payout, message or test-payment, not &quot;%1&quot;.</source>
        <translation>--kind에는 refund, payout, message, test-payment 중 하나를 주세요. &quot;%1&quot;은(는) 맞지 않습니다.</translation>
    </message>
    <message>
        <source>--%1 expects a date (2026-12-01) or a date and time (2026-12-01T09:00), not &quot;%2&quot;.</source>
        <translation>--%1에는 날짜(2026-12-01)나 날짜와 시각(2026-12-01T09:00)을 주세요. &quot;%2&quot;은(는) 맞지 않습니다.</translation>
    </message>
    <message>
        <source>a userKey</source>
        <translation>userKey</translation>
    </message>
    <message>
        <source>how many operations at most</source>
        <translation>최대 작업 수</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>저장할 파일</translation>
    </message>
    <message>
        <source>--format expects csv or json, not &quot;%1&quot;.</source>
        <translation>--format에는 csv 또는 json을 주세요. &quot;%1&quot;은(는) 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>예상하지 못한 인수 &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--out: the file %1 cannot be written: %2</source>
        <translation>--out: 파일 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n operation(s) to %1.</source>
        <translation>
            <numerusform>작업 %n건을 %1에 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No operations.</source>
        <translation>작업이 없습니다.</translation>
    </message>
    <message>
        <source>Shows one operation of the activity journal in full.</source>
        <translation>활동 기록의 작업 하나를 자세히 보여 줍니다.</translation>
    </message>
    <message>
        <source>The operation&apos;s number (#ID).</source>
        <translation>작업 번호(#ID).</translation>
    </message>
    <message>
        <source>ait-cli journal show expects one operation number, e.g. ait-cli journal show 12.</source>
        <translation>ait-cli journal show에는 작업 번호 하나가 필요합니다. 예: ait-cli journal show 12.</translation>
    </message>
    <message>
        <source>There is no operation #%1 in the journal.</source>
        <translation>활동 기록에 #%1 작업이 없습니다.</translation>
    </message>
    <message>
        <source>Operation #%1: %2, %3</source>
        <translation>작업 #%1: %2, %3</translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>처리됨:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>생성:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>갱신:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>담당자:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>프로필:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>인증서:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>대상:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>금액:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <source>Idempotency handle:</source>
        <translation>멱등성 키:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>테스트:</translation>
    </message>
    <message>
        <source>Partner code:</source>
        <translation>파트너 코드:</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>응답:</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>일괄 작업:</translation>
    </message>
    <message>
        <source>Finds out what happened to an open operation and settles it in the journal, never by sending it again: a refund or test payment by looking the payment up, a payout by asking for the result of the same promotion key. A message cannot be looked up: check with the user, then record it with --delivered yes or no. Uses the profile the operation was made with. Exit 0 when settled, 6 while the outcome is still unknown.</source>
        <translation>열린 작업이 어떻게 되었는지 알아보고 활동 기록에 정리합니다. 다시 보내는 일은 없습니다. 환불과 테스트 결제는 결제를 조회하고, 지급은 같은 프로모션 키의 결과를 묻습니다. 메시지는 나중에 조회할 수 없으므로 사용자에게 확인한 뒤 --delivered yes 또는 no로 기록하세요. 작업을 한 프로필을 씁니다. 정리되면 0, 결과를 아직 알 수 없으면 6으로 끝납니다.</translation>
    </message>
    <message>
        <source>For a message: yes if it arrived, no if it did not.</source>
        <translation>메시지: 도착했으면 yes, 아니면 no.</translation>
    </message>
    <message>
        <source>ait-cli journal reconcile expects one operation number, e.g. ait-cli journal reconcile 12.</source>
        <translation>ait-cli journal reconcile에는 작업 번호 하나가 필요합니다. 예: ait-cli journal reconcile 12.</translation>
    </message>
    <message>
        <source>--delivered expects yes or no, not &quot;%1&quot;.</source>
        <translation>--delivered에는 yes 또는 no를 주세요. &quot;%1&quot;은(는) 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Operation #%1 is already settled (%2): nothing to reconcile.</source>
        <translation>작업 #%1은(는) 이미 정리되었습니다(%2). 확인할 것이 없습니다.</translation>
    </message>
    <message>
        <source>A message cannot be looked up afterwards: check whether user %1 received it, then give --delivered yes or --delivered no.</source>
        <translation>메시지는 나중에 조회할 수 없습니다. 사용자 %1이(가) 받았는지 확인한 뒤 --delivered yes 또는 --delivered no를 주세요.</translation>
    </message>
    <message>
        <source>The journal could not record it.</source>
        <translation>활동 기록에 남기지 못했습니다.</translation>
    </message>
    <message>
        <source>--delivered is only for messages; operation #%1 is a %2.</source>
        <translation>--delivered는 메시지에만 씁니다. 작업 #%1은(는) %2입니다.</translation>
    </message>
    <message>
        <source>Looking up what happened to operation #%1 with profile &quot;%2&quot;…</source>
        <translation>프로필 &quot;%2&quot;로 작업 #%1이(가) 어떻게 되었는지 조회하는 중…</translation>
    </message>
    <message>
        <source>Reconciled #%1: it was applied (once). It will not be sent again.</source>
        <translation>#%1 확인 완료: 처리되었습니다(한 번). 다시 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Reconciled #%1: it was not applied.</source>
        <translation>#%1 확인 완료: 처리되지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not settle #%1 yet; it stays open. Try again later.</source>
        <translation>#%1은(는) 아직 정리하지 못해 열린 채로 둡니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>check that no recorded change was edited, deleted or reordered</source>
        <translation>기록된 변경이 수정·삭제·순서 변경되지 않았는지 확인</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>이력:</translation>
    </message>
    <message>
        <source>Checks the journal&apos;s audit trail: every change is an event whose digest covers the event before it, and every operation and batch must be as its last event left it. Names the first place where something was edited, deleted or reordered. Exit 0 when the trail holds, 5 when it does not.</source>
        <translation>저널의 감사 기록을 확인합니다. 모든 변경은 이벤트로 남고 각 이벤트의 다이제스트는 바로 앞 이벤트를 포함하며, 모든 작업과 배치는 마지막 이벤트가 남긴 그대로여야 합니다. 수정·삭제·순서 변경이 처음 일어난 곳을 알려 줍니다. 기록이 온전하면 종료 코드 0, 아니면 5입니다.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail holds: %n event(s), each following the one before; every operation and batch is as its last event left it.</source>
        <translation>
            <numerusform>감사 기록이 온전합니다: 이벤트 %n개가 모두 앞 이벤트에 이어지고, 모든 작업과 배치가 마지막 이벤트가 남긴 그대로입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken at event #%1 (%2): an event was edited, deleted or moved.</source>
        <translation>감사 기록이 이벤트 #%1에서 끊겼습니다(%2). 이벤트가 수정·삭제되었거나 순서가 바뀌었습니다.</translation>
    </message>
    <message>
        <source>Batch #%1 is not as its last event left it (%2): the journal was edited outside ait-console.</source>
        <translation>배치 #%1이(가) 마지막 이벤트가 남긴 상태와 다릅니다(%2). 저널이 ait-console 밖에서 수정되었습니다.</translation>
    </message>
    <message>
        <source>Operation #%1 is not as its last event left it (%2): the journal was edited outside ait-console.</source>
        <translation>작업 #%1이(가) 마지막 이벤트가 남긴 상태와 다릅니다(%2). 저널이 ait-console 밖에서 수정되었습니다.</translation>
    </message>
    <message>
        <source>The audit trail could not be checked: %1</source>
        <translation>감사 기록을 확인할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Approval #%1 is not as its last event left it (%2): the journal was edited outside ait-console.</source>
        <translation>승인 요청 #%1: 마지막 이벤트가 남긴 상태와 다릅니다(%2). 활동 기록이 ait-console 밖에서 수정되었습니다.</translation>
    </message>
</context>
<context>
    <name>ait::cli::LoginCommand</name>
    <message>
        <source>Toss login: exchange a code for tokens, refresh them, read login-me, unlink</source>
        <translation>토스 로그인: 코드를 토큰으로 교환, 토큰 갱신, login-me 조회, 연결 해제</translation>
    </message>
    <message>
        <source>exchange an authorization code for tokens (generate-token)</source>
        <translation>인가 코드를 토큰으로 교환 (generate-token)</translation>
    </message>
    <message>
        <source>new tokens for a refresh token (refresh-token)</source>
        <translation>리프레시 토큰으로 새 토큰 받기 (refresh-token)</translation>
    </message>
    <message>
        <source>the user behind an access token, personal fields decrypted (login-me)</source>
        <translation>액세스 토큰의 사용자와 복호화한 개인정보 (login-me)</translation>
    </message>
    <message>
        <source>unlink a login by access token or by user key</source>
        <translation>액세스 토큰이나 userKey로 로그인 연결 해제</translation>
    </message>
    <message>
        <source>--%1: the file %2 cannot be read.</source>
        <translation>--%1: 파일 %2을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The token is missing: give --%1 FILE (or - for standard input), or set %2. Tokens are never taken from the command line, where other users of the computer could see them.</source>
        <translation>토큰이 없습니다. --%1 FILE(표준 입력은 -)을 주거나 %2을(를) 설정하세요. 토큰은 컴퓨터의 다른 사용자가 볼 수 있는 명령줄로는 절대 받지 않습니다.</translation>
    </message>
    <message>
        <source>Access token:  %1 (expires in %2 s)
Refresh token: %3
Scope: %4</source>
        <translation>액세스 토큰:  %1 (%2초 후 만료)
리프레시 토큰: %3
범위: %4</translation>
    </message>
    <message>
        <source>Tokens are masked: add --show-secrets to print them.</source>
        <translation>토큰은 가려져 있습니다. 보려면 --show-secrets를 추가하세요.</translation>
    </message>
    <message>
        <source>Gets new tokens for a refresh token (refresh-token). The refresh token is read from --refresh-token-file (- for standard input) or AIT_REFRESH_TOKEN. Tokens are printed masked unless --show-secrets.</source>
        <translation>리프레시 토큰으로 새 토큰을 받습니다(refresh-token). 리프레시 토큰은 --refresh-token-file(표준 입력은 -)이나 AIT_REFRESH_TOKEN에서 읽습니다. --show-secrets가 없으면 토큰은 가려서 출력합니다.</translation>
    </message>
    <message>
        <source>Exchanges an authorization code from appLogin() for tokens (generate-token). The code works once. Tokens are printed masked unless --show-secrets.</source>
        <translation>appLogin()에서 받은 인가 코드를 토큰으로 교환합니다(generate-token). 코드는 한 번만 쓸 수 있습니다. --show-secrets가 없으면 토큰은 가려서 출력합니다.</translation>
    </message>
    <message>
        <source>File whose first line is the refresh token (- for standard input).</source>
        <translation>첫 줄에 리프레시 토큰이 있는 파일(표준 입력은 -).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>The authorization code (single use, valid 10 minutes).</source>
        <translation>인가 코드(한 번만 사용, 10분 동안 유효).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>The referrer from appLogin(), exactly as received (DEFAULT or sandbox).</source>
        <translation>appLogin()에서 받은 referrer, 받은 그대로(DEFAULT 또는 sandbox).</translation>
    </message>
    <message>
        <source>referrer</source>
        <translation>referrer</translation>
    </message>
    <message>
        <source>the profile to call with</source>
        <translation>호출에 쓸 프로필</translation>
    </message>
    <message>
        <source>the authorization code from appLogin()</source>
        <translation>appLogin()에서 받은 인가 코드</translation>
    </message>
    <message>
        <source>--referrer is required: the referrer from appLogin(), exactly as received.</source>
        <translation>--referrer가 필요합니다: appLogin()에서 받은 referrer, 받은 그대로.</translation>
    </message>
    <message>
        <source>Reads the user behind an access token (login-me). The token is read from --access-token-file (- for standard input) or AIT_ACCESS_TOKEN. Personal fields are decrypted with the profile&apos;s key from the OS keychain only with --show-secrets; otherwise they are listed, masked.</source>
        <translation>액세스 토큰의 사용자를 조회합니다(login-me). 토큰은 --access-token-file(표준 입력은 -)이나 AIT_ACCESS_TOKEN에서 읽습니다. 개인정보는 --show-secrets가 있을 때만 OS 키체인의 프로필 키로 복호화하고, 없으면 가린 채로 보여 줍니다.</translation>
    </message>
    <message>
        <source>File whose first line is the access token (- for standard input).</source>
        <translation>첫 줄에 액세스 토큰이 있는 파일(표준 입력은 -).</translation>
    </message>
    <message>
        <source>userKey %1 · scope %2 · agreed terms: %3</source>
        <translation>userKey %1 · scope %2 · 동의 약관: %3</translation>
    </message>
    <message>
        <source>Personal fields are masked: add --show-secrets to decrypt them.</source>
        <translation>개인정보는 가려져 있습니다. 복호화하려면 --show-secrets를 추가하세요.</translation>
    </message>
    <message>
        <source>The personal fields stay encrypted: no decryption key is stored for this profile (ait-cli import --decryption-key-file FILE --aad-file FILE).</source>
        <translation>개인정보는 암호화된 채로 둡니다. 이 프로필에 저장된 복호화 키가 없습니다(ait-cli import --decryption-key-file FILE --aad-file FILE).</translation>
    </message>
    <message>
        <source>Unlinks a Toss login: by access token (remove-by-access-token, from --access-token-file or AIT_ACCESS_TOKEN) or for every login of a user (remove-by-user-key, --user-key). The user&apos;s tokens stop working. Confirmed on the terminal, or with --yes.</source>
        <translation>토스 로그인 연결을 해제합니다. 액세스 토큰으로(remove-by-access-token, --access-token-file이나 AIT_ACCESS_TOKEN에서) 또는 사용자의 모든 로그인을(remove-by-user-key, --user-key). 사용자의 토큰은 더 이상 동작하지 않습니다. 터미널에서 확인을 받거나 --yes가 필요합니다.</translation>
    </message>
    <message>
        <source>Unlink every login of this userKey instead.</source>
        <translation>대신 이 userKey의 모든 로그인을 해제합니다.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>the user&apos;s userKey</source>
        <translation>사용자의 userKey</translation>
    </message>
    <message>
        <source>Give --user-key or --access-token-file, not both.</source>
        <translation>--user-key와 --access-token-file 중 하나만 주세요.</translation>
    </message>
    <message>
        <source>Unlink user %1 from this service? All of the user&apos;s tokens stop working.</source>
        <translation>사용자 %1을(를) 이 서비스에서 연결 해제할까요? 사용자의 모든 토큰이 더 이상 동작하지 않습니다.</translation>
    </message>
    <message>
        <source>Unlink this Toss login? The user&apos;s tokens stop working and the user must log in again.</source>
        <translation>이 토스 로그인 연결을 끊을까요? 사용자의 토큰이 더 이상 동작하지 않으며 사용자가 다시 로그인해야 합니다.</translation>
    </message>
    <message>
        <source>Unlinked user %1.</source>
        <translation>사용자 %1의 연결을 끊었습니다.</translation>
    </message>
</context>
<context>
    <name>ait::cli::MessagesCommand</name>
    <message>
        <source>send a smart message (or a test message) to a user</source>
        <translation>사용자에게 스마트 메시지(또는 테스트 메시지) 보내기</translation>
    </message>
    <message>
        <source>send-message, or send-test-message with --test</source>
        <translation>send-message, --test면 send-test-message</translation>
    </message>
    <message>
        <source>Sends a functional message from a template set to one user. The intent is recorded in the activity journal before the request leaves. A real message is confirmed on the terminal (or with --yes); test messages (--test) are not. A message whose answer is lost cannot be looked up: it stays open in the journal until someone checks and settles it (ait-cli journal reconcile ID --delivered yes|no); it is never resent.</source>
        <translation>템플릿 세트의 기능 메시지를 사용자 한 명에게 보냅니다. 요청을 보내기 전에 활동 기록에 남깁니다. 실제 메시지는 터미널에서 확인을 받고(또는 --yes), 테스트 메시지(--test)는 묻지 않습니다. 응답을 받지 못한 메시지는 조회할 수 없으므로, 누군가 확인하고 정리할 때까지(ait-cli journal reconcile ID --delivered yes|no) 활동 기록에 열린 채로 남습니다. 다시 보내지 않습니다.</translation>
    </message>
    <message>
        <source>The template set code from the console&apos;s functional campaign.</source>
        <translation>콘솔의 기능 캠페인에 있는 템플릿 세트 코드.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>The recipient&apos;s userKey.</source>
        <translation>받는 사람의 userKey.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>The template variables as one JSON object, e.g. {&quot;name&quot;:&quot;홍길동&quot;}.</source>
        <translation>템플릿 변수를 JSON 객체 하나로. 예: {&quot;name&quot;:&quot;홍길동&quot;}.</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>One template variable as NAME=VALUE (repeat it for more).</source>
        <translation>NAME=VALUE 형식의 템플릿 변수 하나(여러 개면 반복).</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>이름=값</translation>
    </message>
    <message>
        <source>Send a test message (send-test-message) to the deployment.</source>
        <translation>배포로 테스트 메시지(send-test-message)를 보냅니다.</translation>
    </message>
    <message>
        <source>The deployment ID a test message goes to.</source>
        <translation>테스트 메시지를 보낼 배포 ID.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>the profile to send with</source>
        <translation>보내는 데 쓸 프로필</translation>
    </message>
    <message>
        <source>the template set code</source>
        <translation>템플릿 세트 코드</translation>
    </message>
    <message>
        <source>the recipient&apos;s userKey</source>
        <translation>받는 사람의 userKey</translation>
    </message>
    <message>
        <source>Give the variables with --context or with --var, not both.</source>
        <translation>변수는 --context나 --var 중 하나로만 주세요.</translation>
    </message>
    <message>
        <source>--context expects one JSON object, e.g. {&quot;name&quot;:&quot;홍길동&quot;}.</source>
        <translation>--context에는 JSON 객체 하나를 주세요. 예: {&quot;name&quot;:&quot;홍길동&quot;}.</translation>
    </message>
    <message>
        <source>--var expects NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--var에는 NAME=VALUE 형식을 주세요. &quot;%1&quot;은(는) 맞지 않습니다.</translation>
    </message>
    <message>
        <source>--var gives &quot;%1&quot; twice.</source>
        <translation>--var에 &quot;%1&quot;이(가) 두 번 나옵니다.</translation>
    </message>
    <message>
        <source>--deployment-id is required with --test: the deployment a test message goes to.</source>
        <translation>--test에는 --deployment-id가 필요합니다: 테스트 메시지를 보낼 배포.</translation>
    </message>
    <message>
        <source>--deployment-id is only for test messages: add --test.</source>
        <translation>--deployment-id는 테스트 메시지에만 씁니다. --test를 추가하세요.</translation>
    </message>
    <message>
        <source>Send the message &quot;%1&quot; to user %2? It reaches the user&apos;s phone and cannot be taken back.</source>
        <translation>메시지 &quot;%1&quot;을(를) 사용자 %2에게 보낼까요? 사용자의 휴대폰으로 전달되며 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>%1 — push %2 · inbox %3 · SMS %4 · Alimtalk %5 · Friendtalk %6. Activity #%7.</source>
        <translation>%1 — 푸시 %2 · 알림함 %3 · SMS %4 · 알림톡 %5 · 친구톡 %6. 활동 기록 #%7.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>전달됨</translation>
    </message>
    <message>
        <source>Accepted but not delivered</source>
        <translation>접수되었지만 전달되지 않음</translation>
    </message>
    <message>
        <source>  not sent by %1: %2</source>
        <translation>  %1(으)로 보내지 못함: %2</translation>
    </message>
</context>
<context>
    <name>ait::cli::PaymentsCommand</name>
    <message>
        <source>%1 won</source>
        <translation>%1원</translation>
    </message>
    <message>
        <source>Payment %1 (orderNo %2)
  Status:       %3 (%4), %5
  Amount:       %6 · paid %7 · refundable now %8
  Created:      %9 · paid %10</source>
        <translation>결제 %1 (orderNo %2)
  상태:         %3 (%4), %5
  금액:         %6 · 결제 %7 · 현재 환불 가능 %8
  생성:         %9 · 결제 %10</translation>
    </message>
    <message>
        <source>  Transaction:  %1 %2 (%3, %4)</source>
        <translation>  거래:         %1 %2 (%3, %4)</translation>
    </message>
    <message>
        <source>look a Toss Pay payment up, refund it, or make a test payment</source>
        <translation>토스페이 결제 조회, 환불, 테스트 결제</translation>
    </message>
    <message>
        <source>look a payment up (get-payment-status)</source>
        <translation>결제 조회 (get-payment-status)</translation>
    </message>
    <message>
        <source>refund what is left of a payment, after a fresh lookup and a confirmation</source>
        <translation>새로 조회하고 확인을 받은 뒤 결제의 남은 금액을 환불</translation>
    </message>
    <message>
        <source>make a test payment (make-payment + execute-payment, isTestPayment)</source>
        <translation>테스트 결제 만들기 (make-payment + execute-payment, isTestPayment)</translation>
    </message>
    <message>
        <source>The payment is a test payment (isTestPayment true).</source>
        <translation>테스트 결제입니다(isTestPayment true).</translation>
    </message>
    <message>
        <source>The payment is a real one (isTestPayment false). Default: the profile&apos;s setting; sandbox profiles use test payments.</source>
        <translation>실제 결제입니다(isTestPayment false). 기본값은 프로필 설정이며, 샌드박스 프로필은 테스트 결제를 씁니다.</translation>
    </message>
    <message>
        <source>Looks a Toss Pay payment up (get-payment-status) and prints its status, amounts and transactions.</source>
        <translation>토스페이 결제를 조회하고(get-payment-status) 상태, 금액, 거래를 출력합니다.</translation>
    </message>
    <message>
        <source>The buyer&apos;s userKey.</source>
        <translation>구매자의 userKey.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>The payment&apos;s payToken.</source>
        <translation>결제의 payToken.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>The payment&apos;s orderNo.</source>
        <translation>결제의 orderNo.</translation>
    </message>
    <message>
        <source>orderNo</source>
        <translation>orderNo</translation>
    </message>
    <message>
        <source>the profile to call with</source>
        <translation>호출에 쓸 프로필</translation>
    </message>
    <message>
        <source>the buyer&apos;s userKey</source>
        <translation>구매자의 userKey</translation>
    </message>
    <message>
        <source>Give --pay-token or --order-no (or both): which payment to look up.</source>
        <translation>--pay-token이나 --order-no(또는 둘 다)를 주세요: 조회할 결제.</translation>
    </message>
    <message>
        <source>Give --test-payment or --live-payment, not both.</source>
        <translation>--test-payment와 --live-payment 중 하나만 주세요.</translation>
    </message>
    <message>
        <source>Why (1–55 characters: Korean, letters, digits, spaces and _ - : . ^ @ ( ) [ ] # / ! % ? &amp;).</source>
        <translation>사유 (1–55자: 한글, 영문, 숫자, 공백과 _ - : . ^ @ ( ) [ ] # / ! % ? &amp;).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>The refundable amount, to confirm a large refund without a terminal; must match.</source>
        <translation>터미널 없이 큰 환불을 확인할 때 쓰는 환불 가능 금액. 맞아야 합니다.</translation>
    </message>
    <message>
        <source>won</source>
        <translation>원</translation>
    </message>
    <message>
        <source>the payToken of the payment to refund</source>
        <translation>환불할 결제의 payToken</translation>
    </message>
    <message>
        <source>--reason expects 1 to 55 characters: Korean, letters, digits, spaces and _ - : . ^ @ ( ) [ ] # / ! % ? &amp;.</source>
        <translation>--reason에는 1–55자의 한글, 영문, 숫자, 공백과 _ - : . ^ @ ( ) [ ] # / ! % ? &amp;를 주세요.</translation>
    </message>
    <message>
        <source>the amount in won</source>
        <translation>원 단위 금액</translation>
    </message>
    <message>
        <source>A refund of this payment is already in progress or its outcome is unknown.</source>
        <translation>이 결제의 환불이 이미 진행 중이거나 결과를 알 수 없는 상태입니다.</translation>
    </message>
    <message>
        <source>Looking the payment up again before the refund…</source>
        <translation>환불하기 전에 결제를 다시 조회하는 중…</translation>
    </message>
    <message>
        <source>Nothing is left to refund on this payment (status %1): Toss would refuse it. Nothing was sent.</source>
        <translation>이 결제는 환불할 금액이 남아 있지 않습니다(상태 %1). 토스가 거절할 것입니다. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Refund %1 to user %2 (payToken %3, orderNo %4, reason &quot;%5&quot;)? This cannot be undone.</source>
        <translation>사용자 %2에게 %1을 환불할까요? (payToken %3, orderNo %4, 사유 &quot;%5&quot;) 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>This refund is above %1. Type the amount to refund (%2) to confirm:</source>
        <translation>%1보다 큰 환불입니다. 확인하려면 환불할 금액(%2)을 입력하세요:</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>환불하는 중…</translation>
    </message>
    <message>
        <source>Refunded %1 (refund number %2). Activity #%3.</source>
        <translation>%1을 환불했습니다(환불 번호 %2). 활동 기록 #%3.</translation>
    </message>
    <message>
        <source>Stopped before the refund left. Nothing was sent (activity #%1).</source>
        <translation>환불 요청이 나가기 전에 멈췄습니다. 아무것도 보내지 않았습니다(활동 기록 #%1).</translation>
    </message>
    <message>
        <source>The refund was not made.</source>
        <translation>환불되지 않았습니다.</translation>
    </message>
    <message>
        <source>Makes a test payment (make-payment, then execute-payment, both with isTestPayment true) to have something to look up and refund. Recorded in the activity journal like every payment.</source>
        <translation>조회하고 환불해 볼 결제를 만들기 위해 테스트 결제를 합니다(make-payment 후 execute-payment, 둘 다 isTestPayment true). 다른 결제처럼 활동 기록에 남습니다.</translation>
    </message>
    <message>
        <source>The amount in won.</source>
        <translation>원 단위 금액.</translation>
    </message>
    <message>
        <source>The orderNo (default: a new test-… number).</source>
        <translation>orderNo (기본: 새 test-… 번호).</translation>
    </message>
    <message>
        <source>The product description (default: &quot;ait-cli test payment&quot;).</source>
        <translation>상품 설명 (기본: &quot;ait-cli test payment&quot;).</translation>
    </message>
    <message>
        <source>--order-no expects at most 50 characters.</source>
        <translation>--order-no는 50자 이하여야 합니다.</translation>
    </message>
    <message>
        <source>Making a test payment…</source>
        <translation>테스트 결제하는 중…</translation>
    </message>
    <message>
        <source>Test payment made: payToken %1, orderNo %2, paid %3. Activity #%4.</source>
        <translation>테스트 결제 완료: payToken %1, orderNo %2, 결제 %3. 활동 기록 #%4.</translation>
    </message>
    <message>
        <source>Refunds what is left of a payment (refund-payment). The payment is looked up again first; the refund is confirmed on the terminal from that fresh lookup (or with --yes), and above refunds/typedConfirmationAbove (default 100,000 won) the amount must be typed, or given with --confirm-amount. When another operator refunded this payment in the last 24 hours, the command says who and when and asks first; without a terminal it refuses unless --despite-recent is given (--yes does not cover it). The intent is recorded in the activity journal before the request leaves; an unanswered refund is left open for &quot;ait-cli journal reconcile&quot;, never sent again.</source>
        <translation>결제의 남은 금액을 환불합니다(refund-payment). 먼저 결제를 다시 조회하고, 그 최신 조회 결과로 터미널에서 환불을 확인합니다(또는 --yes). refunds/typedConfirmationAbove(기본 100,000원)를 넘으면 금액을 직접 입력하거나 --confirm-amount로 주어야 합니다. 다른 운영자가 최근 24시간 안에 이 결제를 환불했다면 누가 언제 했는지 알려 주고 먼저 묻습니다. 터미널이 없으면 --despite-recent 없이는 거절합니다(--yes로는 넘어가지 않습니다). 요청을 보내기 전에 활동 기록에 의도를 남기며, 응답이 없는 환불은 &quot;ait-cli journal reconcile&quot;을 위해 열린 채로 두고 다시 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Refund even though another operator refunded this payment in the last 24 hours.</source>
        <translation>다른 운영자가 최근 24시간 안에 이 결제를 환불했더라도 환불합니다.</translation>
    </message>
</context>
<context>
    <name>ait::cli::ProfilesCommand</name>
    <message>
        <source>list the profiles; test a profile&apos;s certificate against the partner API</source>
        <translation>프로필 목록, 프로필 인증서로 파트너 API 연결 시험</translation>
    </message>
    <message>
        <source>the profiles, their environment and active certificate</source>
        <translation>프로필과 환경, 활성 인증서</translation>
    </message>
    <message>
        <source>one harmless call, with the handshake evidence</source>
        <translation>해가 없는 호출 한 번과 핸드셰이크 근거</translation>
    </message>
    <message>
        <source>Lists the profiles (shared with ait-console) with their environment, hosts and active certificate. Reads only the settings: the keychain is not opened.</source>
        <translation>프로필(ait-console과 공유)을 환경, 호스트, 활성 인증서와 함께 보여 줍니다. 설정만 읽고 키체인은 열지 않습니다.</translation>
    </message>
    <message>
        <source>ait-cli profiles list takes no arguments.</source>
        <translation>ait-cli profiles list는 인수를 받지 않습니다.</translation>
    </message>
    <message>
        <source>No profiles yet. ait-cli import --profile NAME --cert FILE --key FILE makes one.</source>
        <translation>아직 프로필이 없습니다. ait-cli import --profile NAME --cert FILE --key FILE로 만드세요.</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message numerus="yes">
        <source>  certificate %1, valid until %2 (%n day(s) left)</source>
        <translation>
            <numerusform>  인증서 %1, %2까지 유효 (%n일 남음)</numerusform>
        </translation>
    </message>
    <message>
        <source>  no certificate</source>
        <translation>  인증서 없음</translation>
    </message>
    <message>
        <source>  apps %1 · pay %2</source>
        <translation>  apps %1 · pay %2</translation>
    </message>
    <message>
        <source>Loads the profile&apos;s certificate from the OS keychain and makes one harmless call (an IAP order status lookup for an order that does not exist) over a fresh connection. Prints the evidence: the certificate presented and accepted, TLS version and cipher, handshake and call time, the server&apos;s certificate chain. Exit 0 when the partner API answered.</source>
        <translation>OS 키체인에서 프로필의 인증서를 읽고, 새 연결로 해가 없는 호출을 한 번 합니다(없는 주문의 인앱 결제 상태 조회). 근거를 출력합니다: 인증서를 보냈는지와 받아들여졌는지, TLS 버전과 암호 스위트, 핸드셰이크와 호출 시간, 서버의 인증서 체인. 파트너 API가 응답하면 0으로 끝납니다.</translation>
    </message>
    <message>
        <source>the profile to test</source>
        <translation>시험할 프로필</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>연결을 시험하는 중…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Connection test of profile &quot;%1&quot;: %2
  Certificate presented:  %3 (SHA-256 %4)
  Certificate accepted:   %5
  TLS:                    %6 %7
  Handshake:              %8
  Call:                   %9 ms, HTTP %10, answer %11
  Server:                 %12
  Time:                   %13</source>
        <translation>프로필 &quot;%1&quot; 연결 시험: %2
  인증서 보냄:      %3 (SHA-256 %4)
  인증서 수락됨:    %5
  TLS:              %6 %7
  핸드셰이크:       %8
  호출:             %9ms, HTTP %10, 응답 %11
  서버:             %12
  시각:             %13</translation>
    </message>
    <message>
        <source>%1 ms (new connection)</source>
        <translation>%1ms (새 연결)</translation>
    </message>
    <message>
        <source>connection reused</source>
        <translation>기존 연결 재사용</translation>
    </message>
    <message>
        <source>The partner API accepted the certificate and answered.</source>
        <translation>파트너 API가 인증서를 받아들이고 응답했습니다.</translation>
    </message>
</context>
<context>
    <name>ait::cli::PromotionsCommand</name>
    <message>
        <source>pay Toss points from a promotion; ask for a payout&apos;s result</source>
        <translation>프로모션으로 토스 포인트 지급, 지급 결과 조회</translation>
    </message>
    <message>
        <source>pay points to a user (get-key → execute-promotion → execution-result)</source>
        <translation>사용자에게 포인트 지급 (get-key → execute-promotion → execution-result)</translation>
    </message>
    <message>
        <source>the result of a payout made with a key (execution-result)</source>
        <translation>키로 한 지급의 결과 (execution-result)</translation>
    </message>
    <message>
        <source>The promotion code (letters, digits, _ and -).</source>
        <translation>프로모션 코드(영문, 숫자, _, -).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>The user&apos;s userKey.</source>
        <translation>사용자의 userKey.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>Points to pay.</source>
        <translation>지급할 포인트.</translation>
    </message>
    <message>
        <source>points</source>
        <translation>포인트</translation>
    </message>
    <message>
        <source>The amount again, to confirm a large payout without a terminal; must match.</source>
        <translation>터미널 없이 큰 지급을 확인할 때 다시 쓰는 금액. 맞아야 합니다.</translation>
    </message>
    <message>
        <source>the profile to pay with</source>
        <translation>지급에 쓸 프로필</translation>
    </message>
    <message>
        <source>the promotion code</source>
        <translation>프로모션 코드</translation>
    </message>
    <message>
        <source>--promotion expects a promotion code: 1 to 100 letters, digits, _ and -.</source>
        <translation>--promotion에는 1–100자의 영문, 숫자, _, -로 된 프로모션 코드를 주세요.</translation>
    </message>
    <message>
        <source>the user&apos;s userKey</source>
        <translation>사용자의 userKey</translation>
    </message>
    <message>
        <source>the points to pay</source>
        <translation>지급할 포인트</translation>
    </message>
    <message>
        <source>--amount is above promotions/maxAmount (%1 points): check for a slipped digit.</source>
        <translation>--amount가 promotions/maxAmount(%1 포인트)보다 큽니다. 자릿수를 잘못 입력하지 않았는지 확인하세요.</translation>
    </message>
    <message>
        <source>A payout to this user from this promotion is already in progress or its outcome is unknown.</source>
        <translation>이 프로모션에서 이 사용자에게 보낸 지급이 이미 진행 중이거나 결과를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Make a TEST payout of %1 points to user %2 from promotion %3? No real points are paid.</source>
        <translation>프로모션 %3에서 사용자 %2에게 %1 포인트를 테스트 지급할까요? 실제 포인트는 지급되지 않습니다.</translation>
    </message>
    <message>
        <source>Pay %1 Toss points to user %2 from promotion %3? The points come out of the promotion budget and cannot be taken back.</source>
        <translation>프로모션 %3에서 사용자 %2에게 토스 포인트 %1을(를) 지급할까요? 포인트는 프로모션 예산에서 차감되며 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>This payout is above %1 points. Type the amount (%2) to confirm:</source>
        <translation>이 지급은 %1 포인트를 넘습니다. 확인하려면 금액(%2)을 입력하세요:</translation>
    </message>
    <message>
        <source>Getting a promotion key…</source>
        <translation>프로모션 키를 받는 중…</translation>
    </message>
    <message>
        <source>Key recorded. Paying…</source>
        <translation>키를 기록했습니다. 지급하는 중…</translation>
    </message>
    <message>
        <source>Waiting for Toss to confirm (check %1)…</source>
        <translation>토스의 확인을 기다리는 중(%1번째 확인)…</translation>
    </message>
    <message>
        <source>Paid %1 to user %2 from %3: Toss confirmed it (SUCCESS). Activity #%4.</source>
        <translation>%3에서 사용자 %2에게 %1을 지급했습니다. 토스가 확인했습니다(SUCCESS). 활동 기록 #%4.</translation>
    </message>
    <message>
        <source>Stopped before anything was paid. Nothing was sent (activity #%1).</source>
        <translation>지급되기 전에 멈췄습니다. 아무것도 보내지 않았습니다(활동 기록 #%1).</translation>
    </message>
    <message>
        <source>Asks Toss for the result of a payout made with a promotion key (execution-result): SUCCESS, PENDING or FAILED. Changes nothing; to settle an open payout in the journal use &quot;ait-cli journal reconcile ID&quot;.</source>
        <translation>프로모션 키로 한 지급의 결과를 토스에 묻습니다(execution-result): SUCCESS, PENDING, FAILED. 아무것도 바꾸지 않습니다. 활동 기록의 열린 지급을 정리하려면 &quot;ait-cli journal reconcile ID&quot;를 쓰세요.</translation>
    </message>
    <message>
        <source>The promotion key the payout was made with.</source>
        <translation>지급에 쓴 프로모션 키.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>the profile to call with</source>
        <translation>호출에 쓸 프로필</translation>
    </message>
    <message>
        <source>the promotion key of the payout</source>
        <translation>지급의 프로모션 키</translation>
    </message>
    <message>
        <source>Payout with key %1 from %2: %3</source>
        <translation>%2에서 키 %1로 한 지급: %3</translation>
    </message>
    <message>
        <source>Pays Toss points to one user from a promotion, as the console does: a promotion key is obtained and recorded in the activity journal before execute-promotion leaves, then the result is asked until Toss confirms it. Confirmed on the terminal (or with --yes); real payouts above promotions/typedConfirmationAbove (default 10,000 points) need the amount typed or --confirm-amount. When another operator paid this user from this promotion in the last 24 hours, the command says who and when and asks first; without a terminal it refuses unless --despite-recent is given (--yes does not cover it). A TEST_ code is a test payout: no real points. A payout whose result stays unknown is left open for &quot;ait-cli journal reconcile&quot;, which asks about the same key.</source>
        <translation>콘솔과 같은 방식으로 프로모션에서 사용자 한 명에게 토스 포인트를 지급합니다. 프로모션 키를 받아 execute-promotion을 보내기 전에 활동 기록에 남기고, 토스가 확인할 때까지 결과를 묻습니다. 터미널에서 확인합니다(또는 --yes). promotions/typedConfirmationAbove(기본 10,000 포인트)를 넘는 실제 지급은 금액을 직접 입력하거나 --confirm-amount가 필요합니다. 다른 운영자가 최근 24시간 안에 이 프로모션에서 이 사용자에게 지급했다면 누가 언제 했는지 알려 주고 먼저 묻습니다. 터미널이 없으면 --despite-recent 없이는 거절합니다(--yes로는 넘어가지 않습니다). TEST_ 코드는 테스트 지급으로, 실제 포인트는 지급되지 않습니다. 결과를 알 수 없는 지급은 &quot;ait-cli journal reconcile&quot;을 위해 열린 채로 두며, reconcile은 같은 키로 결과를 묻습니다.</translation>
    </message>
    <message>
        <source>Pay even though another operator paid this user from this promotion in the last 24 hours.</source>
        <translation>다른 운영자가 최근 24시간 안에 이 프로모션에서 이 사용자에게 지급했더라도 지급합니다.</translation>
    </message>
</context>
<context>
    <name>ait::cli::Workspace</name>
    <message>
        <source>There is no activity journal at %1.</source>
        <translation>%1에 활동 기록이 없습니다.</translation>
    </message>
    <message>
        <source>The activity journal %1 is damaged (%2); it was moved aside to %3.</source>
        <translation>활동 기록 %1이(가) 손상되었습니다(%2). %3(으)로 옮겨 두었습니다.</translation>
    </message>
    <message>
        <source>The activity journal %1 is missing, although this computer had recorded operations in it (up to #%2).</source>
        <translation>이 컴퓨터가 작업을 기록했는데도(#%2까지) 활동 기록 %1이 없습니다.</translation>
    </message>
    <message>
        <source>The activity journal %1 has fewer operations than this computer recorded (%2).</source>
        <translation>활동 기록 %1에 이 컴퓨터가 기록한 것보다 작업이 적습니다(%2).</translation>
    </message>
    <message>
        <source>The activity journal %1 could not be opened: %2.</source>
        <translation>활동 기록 %1을 열지 못했습니다: %2.</translation>
    </message>
    <message>
        <source>Open ait-console to decide what to do with it; until then nothing can be recorded or sent.</source>
        <translation>ait-console을 열어 어떻게 할지 정하세요. 그때까지는 아무것도 기록하거나 보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;이라는 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>ait-cli profiles list shows the profiles; ait-cli import makes one.</source>
        <translation>ait-cli profiles list로 프로필을 볼 수 있고, ait-cli import로 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>The profile this operation was made with no longer exists.</source>
        <translation>이 작업을 한 프로필이 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Reconcile it in ait-console, or import the profile again under the same name.</source>
        <translation>ait-console에서 결과를 확인하거나, 같은 이름으로 프로필을 다시 가져오세요.</translation>
    </message>
    <message>
        <source>Import a certificate into the profile: ait-cli import --profile &quot;%1&quot; --cert FILE --key FILE</source>
        <translation>프로필에 인증서를 가져오세요: ait-cli import --profile &quot;%1&quot; --cert FILE --key FILE</translation>
    </message>
    <message>
        <source>The certificate of profile &quot;%1&quot; could not be loaded from the OS keychain: %2</source>
        <translation>프로필 &quot;%1&quot;의 인증서를 OS 키체인에서 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Nothing was recorded or sent; ait-cli does not use this computer&apos;s journal instead.</source>
        <translation>아무것도 기록하거나 보내지 않았습니다. ait-cli는 대신 이 컴퓨터의 활동 기록을 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>The team journal is not set up: %1 Set it in ait-console, Settings → Journal.</source>
        <translation>팀 활동 기록이 설정되지 않았습니다: %1 ait-console의 설정 → 활동 기록에서 설정하세요.</translation>
    </message>
    <message>
        <source>The team journal&apos;s password could not be read from the OS keychain: %1</source>
        <translation>팀 활동 기록의 비밀번호를 OS 키체인에서 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The team journal (%1) cannot be reached. %2</source>
        <translation>팀 활동 기록(%1)에 연결할 수 없습니다. %2</translation>
    </message>
</context>
<context>
    <name>ait::gui::ActivityTab</name>
    <message>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>지급</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Test payment</source>
        <translation>테스트 결제</translation>
    </message>
    <message>
        <source>Recorded, not sent</source>
        <translation>기록됨, 전송 안 됨</translation>
    </message>
    <message>
        <source>Sent, no answer yet</source>
        <translation>전송됨, 아직 응답 없음</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>결과 모름</translation>
    </message>
    <message>
        <source>Reconciled: applied</source>
        <translation>확인 완료: 처리됨</translation>
    </message>
    <message>
        <source>Reconciled: not applied</source>
        <translation>확인 완료: 처리 안 됨</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>확인 완료</translation>
    </message>
    <message>
        <source>Search payToken, orderNo, userKey, reason, code…</source>
        <translation>payToken, orderNo, userKey, 사유, 코드 검색…</translation>
    </message>
    <message>
        <source>Unresolved only</source>
        <translation>미결만</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Re&amp;concile</source>
        <translation>결과 확인(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>No refund, payout or message has been sent from this computer yet.</source>
        <translation>이 컴퓨터에서 보낸 환불, 지급, 메시지가 아직 없습니다.</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>작업:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>생성:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>갱신:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>담당자:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>프로필:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>인증서:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>대상:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>금액:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <source>Idempotency handle:</source>
        <translation>멱등성 키:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>테스트:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Switch to profile &quot;%1&quot; to reconcile this operation.</source>
        <translation>이 작업의 결과를 확인하려면 프로필 &quot;%1&quot;(으)로 바꾸세요.</translation>
    </message>
    <message>
        <source>Looking up what happened…</source>
        <translation>어떻게 되었는지 조회하는 중…</translation>
    </message>
    <message>
        <source>Export the activity</source>
        <translation>활동 기록 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>파일 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n operation(s) to %1.</source>
        <translation>
            <numerusform>작업 %n건을 %1에 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>기간(&amp;D):</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>모든 프로필</translation>
    </message>
    <message>
        <source>Finds out whether the operation was applied, by looking it up. Never sends it again.</source>
        <translation>조회해서 작업이 반영되었는지 확인합니다. 다시 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Reconciled: it was applied (once).</source>
        <translation>확인 완료: 한 번 반영되었습니다.</translation>
    </message>
    <message>
        <source>Reconciled: it was not applied.</source>
        <translation>확인 완료: 반영되지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not reconcile yet: %1</source>
        <translation>아직 확인하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1 (test)</source>
        <translation>%1 (테스트)</translation>
    </message>
    <message>
        <source>A message cannot be looked up afterwards: record what you found out from the user.</source>
        <translation>메시지는 나중에 조회할 수 없습니다. 사용자에게 확인한 결과를 기록하세요.</translation>
    </message>
    <message>
        <source>Settle the message</source>
        <translation>메시지 결과 기록</translation>
    </message>
    <message>
        <source>The activity journal is not available: %1</source>
        <translation>활동 기록을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The journal could not record it.</source>
        <translation>활동 기록에 남기지 못했습니다.</translation>
    </message>
    <message>
        <source>%1 won</source>
        <translation>%1원</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 포인트</translation>
    </message>
    <message>
        <source>settled by the operator</source>
        <translation>운영자가 결과를 기록함</translation>
    </message>
    <message>
        <source>no promotion key was obtained: nothing was paid</source>
        <translation>프로모션 키를 받지 못함: 지급된 것 없음</translation>
    </message>
    <message>
        <source>the promotion key could not be recorded: nothing was paid</source>
        <translation>프로모션 키를 기록하지 못함: 지급된 것 없음</translation>
    </message>
    <message>
        <source>cancelled before paying</source>
        <translation>지급 전에 취소됨</translation>
    </message>
    <message>
        <source>stopped waiting for the result</source>
        <translation>결과 기다리기를 멈춤</translation>
    </message>
    <message>
        <source>the connection went away before the result</source>
        <translation>결과가 오기 전에 연결이 사라짐</translation>
    </message>
    <message>
        <source>the payout was sent; no answer came back</source>
        <translation>지급 요청을 보냈으나 응답이 오지 않음</translation>
    </message>
    <message>
        <source>Toss made no payout with this key (4111)</source>
        <translation>이 키로는 토스가 지급하지 않음(4111)</translation>
    </message>
    <message>
        <source>result %1 after %2 checks</source>
        <translation>%2번 확인한 뒤의 결과 %1</translation>
    </message>
    <message>
        <source>push</source>
        <translation>푸시</translation>
    </message>
    <message>
        <source>inbox</source>
        <translation>알림함</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>전달 실패</translation>
    </message>
    <message>
        <source>refund number</source>
        <translation>환불 번호</translation>
    </message>
    <message>
        <source>refunded (won)</source>
        <translation>환불액(원)</translation>
    </message>
    <message>
        <source>paid (won)</source>
        <translation>결제액(원)</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Search the activity</source>
        <translation>활동 기록 검색</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>시작 날짜</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>끝 날짜</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>작업 목록</translation>
    </message>
    <message>
        <source>Operation details</source>
        <translation>작업 상세</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>필터 지우기(&amp;L)</translation>
    </message>
    <message>
        <source>Show every operation on record again.</source>
        <translation>기록된 모든 작업을 다시 보여 줍니다.</translation>
    </message>
    <message>
        <source>Show everything for this &amp;user</source>
        <translation>이 사용자의 기록 모두 보기(&amp;U)</translation>
    </message>
    <message>
        <source>Every operation on record for the selected operation&apos;s user key.</source>
        <translation>선택한 작업의 사용자 키로 기록된 작업을 모두 보여 줍니다.</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>모든 사용자</translation>
    </message>
    <message>
        <source>Copy user key</source>
        <translation>사용자 키 복사</translation>
    </message>
    <message>
        <source>Copy payToken</source>
        <translation>payToken 복사</translation>
    </message>
    <message>
        <source>Copy promotion key</source>
        <translation>프로모션 키 복사</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>세부 정보 복사</translation>
    </message>
    <message>
        <source>Copies everything shown about the operation, to send to a developer.</source>
        <translation>이 작업에 대해 보이는 내용을 모두 복사합니다. 개발자에게 보낼 때 쓰세요.</translation>
    </message>
    <message>
        <source>User %1 ✕</source>
        <translation>사용자 %1 ✕</translation>
    </message>
    <message>
        <source>Only user %1&apos;s operations are shown; click to show every user&apos;s.</source>
        <translation>사용자 %1의 작업만 보입니다. 누르면 모든 사용자의 작업을 보여 줍니다.</translation>
    </message>
    <message>
        <source>No operation matches these filters. Clear them (Clear filters) to see every operation on record.</source>
        <translation>이 필터에 맞는 작업이 없습니다. 기록된 모든 작업을 보려면 필터를 지우세요(필터 지우기).</translation>
    </message>
    <message>
        <source>Ended with:</source>
        <translation>끝난 이유:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>응답:</translation>
    </message>
    <message>
        <source>As recorded:</source>
        <translation>기록된 그대로:</translation>
    </message>
    <message>
        <source>A message cannot be looked up afterwards. If you have checked whether user %1 received it, record what you found out.</source>
        <translation>메시지는 나중에 조회할 수 없습니다. 받는 사용자(%1)에게 메시지가 닿았는지 확인했다면, 알아낸 결과를 기록하세요.</translation>
    </message>
    <message>
        <source>It arrived</source>
        <translation>받았음</translation>
    </message>
    <message>
        <source>It did not arrive</source>
        <translation>받지 못했음</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Whose operations</source>
        <translation>누구의 작업</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀 전체</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>내 작업</translation>
    </message>
    <message>
        <source>Team: every operation in the journal. Mine: only the ones you recorded.</source>
        <translation>팀 전체: 기록에 있는 모든 작업. 내 작업: 내가 기록한 작업만.</translation>
    </message>
    <message>
        <source>The activity journal could not be read: %1</source>
        <translation>활동 기록을 읽을 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) shown, more below</source>
        <translation>
            <numerusform>작업 %n건 표시, 아래에 더 있음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>작업 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the activity…</source>
        <translation>활동 기록을 내보내는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting the activity… %n operation(s) written.</source>
        <translation>
            <numerusform>활동 기록을 내보내는 중… 작업 %n건을 썼습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>내보내기를 취소했습니다: 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>recorded before sending</source>
        <translation>보내기 전에 기록됨</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>결과 알 수 없음</translation>
    </message>
    <message>
        <source>reconciled: it was applied</source>
        <translation>확인함: 적용되었음</translation>
    </message>
    <message>
        <source>reconciled: it was not applied</source>
        <translation>확인함: 적용되지 않았음</translation>
    </message>
    <message>
        <source>tried again with a new key</source>
        <translation>새 키로 다시 시도함</translation>
    </message>
    <message>
        <source>copied from another journal</source>
        <translation>다른 저널에서 복사됨</translation>
    </message>
    <message>
        <source>on record before the audit trail began</source>
        <translation>감사 기록이 시작되기 전부터 기록됨</translation>
    </message>
    <message>
        <source>Copied from:</source>
        <translation>복사 출처:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>이력:</translation>
    </message>
</context>
<context>
    <name>ait::gui::ApprovalOffer</name>
    <message>
        <source>Ask for &amp;approval</source>
        <translation>승인 요청(&amp;A)</translation>
    </message>
    <message>
        <source>Records the same request as waiting for another operator&apos;s approval (team journal). Nothing is sent until then.</source>
        <translation>같은 요청을 다른 운영자의 승인 대기로 기록합니다(팀 활동 기록). 승인 전에는 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>The request could not be recorded: %1</source>
        <translation>요청을 기록하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Request #%1 is waiting for another operator&apos;s approval. Nothing was sent.</source>
        <translation>요청 #%1: 다른 운영자의 승인을 기다리고 있습니다. 아무것도 보내지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ait::gui::ApprovalsPanel</name>
    <message>
        <source>Awaiting approval</source>
        <translation>승인 대기</translation>
    </message>
    <message>
        <source>Approved, not sent yet</source>
        <translation>승인됨, 아직 보내지 않음</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>Bulk batch</source>
        <translation>대량 배치</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>지급</translation>
    </message>
    <message>
        <source>batch #%1</source>
        <translation>배치 #%1</translation>
    </message>
    <message>
        <source>user %1 · payToken %2</source>
        <translation>사용자 %1 · payToken %2</translation>
    </message>
    <message>
        <source>user %1 · promotion %2</source>
        <translation>사용자 %1 · 프로모션 %2</translation>
    </message>
    <message>
        <source>(unreadable request)</source>
        <translation>(읽을 수 없는 요청)</translation>
    </message>
    <message>
        <source>%1 won</source>
        <translation>%1원</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1포인트</translation>
    </message>
    <message>
        <source>Refunds and payouts above a profile&apos;s approval amount wait here for a second operator. Another operator approves or rejects; then either console sends an approved request, once.</source>
        <translation>프로필의 승인 금액을 넘는 환불과 지급은 여기서 다른 운영자를 기다립니다. 다른 운영자가 승인하거나 거절하고, 승인된 요청은 어느 콘솔에서든 한 번만 보냅니다.</translation>
    </message>
    <message>
        <source>Approval by a second operator needs the team journal (Settings → Journal). This console records to this computer&apos;s journal, where nobody else can approve.</source>
        <translation>다른 운영자의 승인은 팀 활동 기록(설정 → 활동 기록)이 있어야 합니다. 이 콘솔은 이 컴퓨터의 활동 기록에 기록하므로 다른 사람이 승인할 수 없습니다.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>요청 시각</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>요청자</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>결정한 사람</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>결정 시각</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>reason (required to reject)</source>
        <translation>사유(거절할 때 필수)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>승인(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>거절(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Send now…</source>
        <translation>지금 보내기(&amp;S)…</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <source>Select a request.</source>
        <translation>요청을 선택하세요.</translation>
    </message>
    <message>
        <source>This request is already decided.</source>
        <translation>이미 결정된 요청입니다.</translation>
    </message>
    <message>
        <source>You asked for this one: another operator must approve or reject it.</source>
        <translation>내가 요청한 건입니다. 다른 운영자가 승인하거나 거절해야 합니다.</translation>
    </message>
    <message>
        <source>Type the reason for the rejection first.</source>
        <translation>먼저 거절 사유를 입력하세요.</translation>
    </message>
    <message>
        <source>Select an approved request.</source>
        <translation>승인된 요청을 선택하세요.</translation>
    </message>
    <message>
        <source>Only an approved request that has not been sent can be sent.</source>
        <translation>승인되었고 아직 보내지 않은 요청만 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>An approved bulk batch is started in the Bulk tab.</source>
        <translation>승인된 대량 배치는 대량 탭에서 시작합니다.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>The profile&apos;s certificate is not loaded yet.</source>
        <translation>프로필의 인증서를 아직 불러오지 않았습니다.</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>이 프로필은 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Request #%1 was not decided: %2</source>
        <translation>요청 #%1: 결정하지 못했습니다. %2</translation>
    </message>
    <message>
        <source>Request #%1 approved. It can now be sent, once, from either console.</source>
        <translation>요청 #%1: 승인했습니다. 이제 어느 콘솔에서든 한 번 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Request #%1 rejected. It will never be sent.</source>
        <translation>요청 #%1: 거절했습니다. 이 요청은 보내지지 않습니다.</translation>
    </message>
    <message>
        <source>Send request #%1 now: %2 of %3 to %4?

Asked by %5, approved by %6. This cannot be undone.</source>
        <translation>요청 #%1 (%2 · %3 · %4) 지금 보낼까요?

요청: %5, 승인: %6. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Send the approved request</source>
        <translation>승인된 요청 보내기</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>지급</translation>
    </message>
    <message>
        <source>Sending request #%1…</source>
        <translation>요청 #%1 보내는 중…</translation>
    </message>
    <message>
        <source>Request #%1 was sent and applied (activity #%2).</source>
        <translation>요청 #%1: 보냈고 반영되었습니다(활동 #%2).</translation>
    </message>
    <message>
        <source>Request #%1: %2</source>
        <translation>요청 #%1: %2</translation>
    </message>
</context>
<context>
    <name>ait::gui::BulkResultsModel</name>
    <message>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>시작 안 함</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>User key</source>
        <translation>userKey</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>포인트</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Partner code</source>
        <translation>파트너 코드</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>설명</translation>
    </message>
</context>
<context>
    <name>ait::gui::BulkTab</name>
    <message>
        <source>tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>세미콜론</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>쉼표</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>Payouts (Toss points)</source>
        <translation>지급 (토스 포인트)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Choose a .csv file or drop it on this page</source>
        <translation>.csv 파일을 선택하거나 이 화면에 끌어다 놓으세요</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <source>How the file&apos;s text is encoded. Korean Excel saves plain &quot;CSV&quot; as CP949; change it if the preview shows broken Hangul.</source>
        <translation>파일 텍스트의 인코딩입니다. 한글 Excel은 일반 &quot;CSV&quot;를 CP949로 저장합니다. 미리보기의 한글이 깨지면 바꾸세요.</translation>
    </message>
    <message>
        <source>Allow a user to be listed more than once</source>
        <translation>같은 사용자를 여러 번 허용</translation>
    </message>
    <message>
        <source>Each listed row is paid. Rows of the same user are paced by the partner&apos;s limit of 10 calls a minute per user.</source>
        <translation>나열된 행마다 지급됩니다. 같은 사용자의 행은 사용자당 분당 10회라는 파트너 한도에 맞춰 진행됩니다.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>종류:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>인코딩:</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>처음 몇 행</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Export problems…</source>
        <translation>문제 내보내기…</translation>
    </message>
    <message>
        <source>Continue to confirmation</source>
        <translation>확인 단계로</translation>
    </message>
    <message>
        <source>Check (nothing is sent or recorded)</source>
        <translation>검사 (아무것도 보내거나 기록하지 않음)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>처리됨</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Rows an earlier run left with no known outcome are asked about first, while the rest run. No row is paid twice.</source>
        <translation>이전 실행에서 결과를 모르는 채 남은 행을 먼저 조회하고, 그동안 나머지 행도 실행합니다. 어떤 행도 두 번 지급되지 않습니다.</translation>
    </message>
    <message>
        <source>Unfinished batches</source>
        <translation>끝나지 않은 배치</translation>
    </message>
    <message>
        <source>Promotion code:</source>
        <translation>프로모션 코드:</translation>
    </message>
    <message>
        <source>Template code:</source>
        <translation>템플릿 코드:</translation>
    </message>
    <message>
        <source>e.g. EVENT_2026_WINNERS</source>
        <translation>예: EVENT_2026_WINNERS</translation>
    </message>
    <message>
        <source>templateSetCode</source>
        <translation>templateSetCode</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV 파일 선택</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export problems</source>
        <translation>문제 내보내기</translation>
    </message>
    <message>
        <source>-problems.csv</source>
        <translation>-문제.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>No new rows start; calls in flight finish.</source>
        <translation>새 행은 시작하지 않고, 진행 중인 호출은 끝까지 진행됩니다.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Ends the batch: calls in flight finish, rows not started are recorded as not sent.</source>
        <translation>배치를 끝냅니다. 진행 중인 호출은 끝까지 진행되고, 시작하지 않은 행은 보내지 않음으로 기록됩니다.</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>새 배치</translation>
    </message>
    <message>
        <source>Messages whose answer was lost</source>
        <translation>응답을 받지 못한 메시지</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>다시 보내기</translation>
    </message>
    <message>
        <source>Sends these messages again: a recipient whose message did arrive gets it twice.</source>
        <translation>이 메시지들을 다시 보냅니다. 이미 받은 수신자는 두 번 받게 됩니다.</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>보냄으로 표시</translation>
    </message>
    <message>
        <source>You found that they arrived: recorded as sent, nothing is sent again.</source>
        <translation>도착한 것을 확인했을 때: 보냄으로 기록하고 다시 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Mark not sent</source>
        <translation>보내지 않음으로 표시</translation>
    </message>
    <message>
        <source>Recorded as not sent, nothing is sent again.</source>
        <translation>보내지 않음으로 기록하고 다시 보내지 않습니다.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>모든 행</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>결과 내보내기…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>보기:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Stop the batch</source>
        <translation>배치 중지</translation>
    </message>
    <message>
        <source>Stop batch %1? Calls in flight finish; rows not started are recorded as not sent and the batch cannot be resumed.</source>
        <translation>배치 %1을(를) 중지할까요? 진행 중인 호출은 끝까지 진행되고, 시작하지 않은 행은 보내지 않음으로 기록되며 배치를 재개할 수 없습니다.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>결과 내보내기</translation>
    </message>
    <message>
        <source>batch-%1-results.csv</source>
        <translation>배치-%1-결과.csv</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>검사 중…</translation>
    </message>
    <message>
        <source>chosen by you; separated by %1</source>
        <translation>직접 선택함, 구분자: %1</translation>
    </message>
    <message>
        <source>detected; separated by %1</source>
        <translation>자동 감지됨, 구분자: %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1 distinct users, %2 points in total.</source>
        <translation>
            <numerusform>%n행, 서로 다른 사용자 %1명, 총 %2포인트.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s), %1 distinct users.</source>
        <translation>
            <numerusform>수신자 %n명, 서로 다른 사용자 %1명.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent with send-bulk-message, %1 recipients a call.</source>
        <translation>send-bulk-message로 호출당 %1명씩 보냅니다.</translation>
    </message>
    <message>
        <source>Sent one by one (template variables: %1).</source>
        <translation>한 명씩 보냅니다 (템플릿 변수: %1).</translation>
    </message>
    <message>
        <source>Estimated duration: %1 at %2 calls a minute.</source>
        <translation>예상 소요 시간: 분당 %2회 호출로 %1.</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>파일에 행이 없습니다.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>문제가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): fix the file and load it again. Nothing was sent.</source>
        <translation>
            <numerusform>문제 %n건: 파일을 고친 뒤 다시 불러오세요. 아무것도 보내지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>TEST_ promotion: a test run</source>
        <translation>TEST_ 프로모션: 테스트 실행</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>먼저 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>The file is being checked.</source>
        <translation>파일을 검사하고 있습니다.</translation>
    </message>
    <message>
        <source>The file has problems.</source>
        <translation>파일에 문제가 있습니다.</translation>
    </message>
    <message>
        <source>Type the promotion code.</source>
        <translation>프로모션 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>Type the template code.</source>
        <translation>템플릿 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>A batch is running: wait for it, pause or stop it.</source>
        <translation>배치가 실행 중입니다. 끝날 때까지 기다리거나 일시정지 또는 중지하세요.</translation>
    </message>
    <message>
        <source>Profile: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>프로필: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>파일: %1 (%2)</translation>
    </message>
    <message>
        <source>Promotion: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>프로모션: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>TEST — a test run</source>
        <translation>TEST — 테스트 실행</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to %1 distinct users: &lt;b&gt;%2 points&lt;/b&gt; in total.</source>
        <translation>
            <numerusform>%n행, 서로 다른 사용자 %1명: 총 &lt;b&gt;%2포인트&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>템플릿: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n recipient(s)&lt;/b&gt; (%1 distinct users).</source>
        <translation>
            <numerusform>&lt;b&gt;수신자 %n명&lt;/b&gt; (서로 다른 사용자 %1명).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pace: %1 calls a minute (this profile&apos;s share of the app&apos;s 3,000), at most %n call(s) in flight, %2 calls a minute per user.</source>
        <translation>
            <numerusform>속도: 분당 %1건(앱 전체 3,000건 중 이 프로필의 몫), 동시 요청 최대 %n건, 사용자당 분당 %2건.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated duration: %1.</source>
        <translation>예상 소요 시간: %1.</translation>
    </message>
    <message>
        <source>To confirm, type the total points of the file:</source>
        <translation>확인하려면 파일의 총 포인트를 입력하세요:</translation>
    </message>
    <message>
        <source>To confirm, type the number of recipients:</source>
        <translation>확인하려면 수신자 수를 입력하세요:</translation>
    </message>
    <message>
        <source>Type the total points.</source>
        <translation>총 포인트를 입력하세요.</translation>
    </message>
    <message>
        <source>Type the number of recipients.</source>
        <translation>수신자 수를 입력하세요.</translation>
    </message>
    <message>
        <source>This is not the file&apos;s total.</source>
        <translation>파일의 총합과 다릅니다.</translation>
    </message>
    <message>
        <source>This is not the number of recipients in the file.</source>
        <translation>파일의 수신자 수와 다릅니다.</translation>
    </message>
    <message>
        <source>Choose a profile whose certificate is ready.</source>
        <translation>인증서가 준비된 프로필을 선택하세요.</translation>
    </message>
    <message>
        <source>A batch is running.</source>
        <translation>배치가 실행 중입니다.</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>프로필이 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>The certificate cannot be read from the OS keychain: %1</source>
        <translation>OS 키체인에서 인증서를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Reading the certificate…</source>
        <translation>인증서를 읽는 중…</translation>
    </message>
    <message>
        <source>Payouts from %1 for promotion %2</source>
        <translation>%1의 지급 (프로모션 %2)</translation>
    </message>
    <message>
        <source>Messages from %1 with template %2</source>
        <translation>%1의 메시지 (템플릿 %2)</translation>
    </message>
    <message>
        <source>Batch %1: payouts from %2 for promotion %3</source>
        <translation>배치 %1: %2의 지급 (프로모션 %3)</translation>
    </message>
    <message>
        <source>Batch %1: messages from %2 with template %3</source>
        <translation>배치 %1: %2의 메시지 (템플릿 %3)</translation>
    </message>
    <message>
        <source>Batch %1 · %2</source>
        <translation>배치 %1 · %2</translation>
    </message>
    <message>
        <source>Succeeded %1 · Failed %2 · Unknown %3 · Left %4</source>
        <translation>성공 %1 · 실패 %2 · 알 수 없음 %3 · 남음 %4</translation>
    </message>
    <message>
        <source>%1 calls in the last minute (pace %2)</source>
        <translation>최근 1분 호출 %1회 (속도 %2)</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>약 %1 남음</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>Running.</source>
        <translation>실행 중.</translation>
    </message>
    <message>
        <source>Pausing: calls in flight finish…</source>
        <translation>일시정지 중: 진행 중인 호출이 끝나길 기다립니다…</translation>
    </message>
    <message>
        <source>Paused. Resume continues with the next row.</source>
        <translation>일시정지됨. 재개하면 다음 행부터 계속합니다.</translation>
    </message>
    <message>
        <source>Waiting for your decision on messages whose answer was lost.</source>
        <translation>응답을 받지 못한 메시지에 대한 결정을 기다립니다.</translation>
    </message>
    <message>
        <source>Stopping: calls in flight finish…</source>
        <translation>중지 중: 진행 중인 호출이 끝나길 기다립니다…</translation>
    </message>
    <message>
        <source>Row %1: user %2</source>
        <translation>%1행: 사용자 %2</translation>
    </message>
    <message numerus="yes">
        <source>The answer to a send-bulk-message call with %n recipient(s) was lost. Nobody can look it up: decide what became of them.</source>
        <translation>
            <numerusform>수신자 %n명에게 보낸 send-bulk-message 호출의 응답을 받지 못했습니다. 조회할 방법이 없으니 어떻게 처리할지 정하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer for %n message(s) was lost. Nobody can look them up: decide what became of them.</source>
        <translation>
            <numerusform>메시지 %n건의 응답을 받지 못했습니다. 조회할 방법이 없으니 어떻게 처리할지 정하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: every row is settled.</source>
        <translation>완료: 모든 행이 처리되었습니다.</translation>
    </message>
    <message>
        <source>Ended with rows whose outcome is unknown: resume the batch to settle them.</source>
        <translation>결과를 모르는 행이 남은 채 끝났습니다. 배치를 재개해 처리하세요.</translation>
    </message>
    <message>
        <source>Stopped: rows not started were recorded as not sent.</source>
        <translation>중지됨: 시작하지 않은 행은 보내지 않음으로 기록했습니다.</translation>
    </message>
    <message>
        <source>The batch could not run: %1</source>
        <translation>배치를 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Paused with rows left: resume the batch from the Bulk page.</source>
        <translation>행이 남은 채 일시정지됨: 대량 화면에서 배치를 재개하세요.</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>지급</translation>
    </message>
    <message>
        <source>%1 (test)</source>
        <translation>%1 (테스트)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The team journal&apos;s password cannot be read from the OS keychain: %1</source>
        <translation>OS 키체인에서 팀 활동 기록의 비밀번호를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>일시정지됨: %1</translation>
    </message>
</context>
<context>
    <name>ait::gui::CertificatesTab</name>
    <message>
        <source>Live</source>
        <translation>운영</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>샌드박스</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>Profile / certificate</source>
        <translation>프로필 / 인증서</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>남은 일수</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>유효 종료</translation>
    </message>
    <message>
        <source>&amp;Import certificate…</source>
        <translation>인증서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Set &amp;active</source>
        <translation>사용 중으로 지정(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Copy fingerprint</source>
        <translation>지문 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export chain…</source>
        <translation>체인 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>삭제(&amp;R)…</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>아직 유효하지 않음</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>곧 만료</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>유효</translation>
    </message>
    <message>
        <source>%1 · active</source>
        <translation>%1 · 사용 중</translation>
    </message>
    <message>
        <source>&lt;p&gt;No certificate yet.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Import certificate…&lt;/b&gt; and choose the files you downloaded from the Apps in Toss console (mTLS certificate).&lt;/p&gt;</source>
        <translation>&lt;p&gt;아직 인증서가 없습니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;인증서 가져오기…&lt;/b&gt;를 누르고 앱인토스 콘솔에서 내려받은 파일(mTLS 인증서)을 선택하세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Remove certificate…</source>
        <translation>인증서 삭제(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>프로필 삭제(&amp;R)…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>환경</translation>
    </message>
    <message>
        <source>Apps API</source>
        <translation>앱 API</translation>
    </message>
    <message>
        <source>Pay API</source>
        <translation>결제 API</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>yes: lookups only</source>
        <translation>예: 조회만 가능</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>인증서</translation>
    </message>
    <message>
        <source>Login decryption key</source>
        <translation>로그인 복호화 키</translation>
    </message>
    <message>
        <source>stored in the OS keychain</source>
        <translation>운영체제 키체인에 저장됨</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>주체</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>발급자</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>일련번호</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>유효 시작</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>%1, %2 bits (in the OS keychain)</source>
        <translation>%1, %2비트 (운영체제 키체인에 있음)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 지문</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation>SHA-1 지문</translation>
    </message>
    <message>
        <source>SPKI SHA-256</source>
        <translation>SPKI SHA-256</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>키 용도</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>확장 키 용도</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>대체 이름</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>체인</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>가져온 시각</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>Active certificate changed.</source>
        <translation>사용 중인 인증서를 바꿨습니다.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint copied.</source>
        <translation>SHA-256 지문을 복사했습니다.</translation>
    </message>
    <message>
        <source>Export the certificate chain</source>
        <translation>인증서 체인 내보내기</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM 인증서 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>파일 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Certificate chain exported to %1 (public certificates only, no key).</source>
        <translation>인증서 체인을 %1에 내보냈습니다(공개 인증서만, 키는 없음).</translation>
    </message>
    <message>
        <source>Remove the certificate &quot;%1&quot; and its private key from profile &quot;%2&quot;?

The key is deleted from the OS keychain; you need the original files to import it again.</source>
        <translation>프로필 &quot;%2&quot;에서 인증서 &quot;%1&quot;과(와) 개인 키를 삭제할까요?

키는 운영체제 키체인에서 삭제되며, 다시 가져오려면 원본 파일이 필요합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Remove profile &quot;%1&quot; with its %n certificate(s)?

Every key it stored is deleted from the OS keychain.</source>
        <translation>
            <numerusform>프로필 &quot;%1&quot;과(와) 인증서 %n개를 삭제할까요?

이 프로필이 저장한 모든 키가 운영체제 키체인에서 삭제됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>삭제했습니다.</translation>
    </message>
    <message>
        <source>Profile &amp;settings…</source>
        <translation>프로필 설정(&amp;S)…</translation>
    </message>
    <message>
        <source>Profiles and certificates</source>
        <translation>프로필과 인증서</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>인증서 상세</translation>
    </message>
    <message>
        <source>Remove the certificate</source>
        <translation>인증서 삭제</translation>
    </message>
    <message>
        <source>Remove the profile</source>
        <translation>프로필 삭제</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>손상됨</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>키체인</translation>
    </message>
</context>
<context>
    <name>ait::gui::CopyButton</name>
    <message>
        <source>Nothing to copy</source>
        <translation>복사할 내용 없음</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>복사됨 ✓</translation>
    </message>
</context>
<context>
    <name>ait::gui::Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ait::gui::EnvironmentBadge</name>
    <message>
        <source>LIVE</source>
        <translation>운영</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>샌드박스</translation>
    </message>
    <message>
        <source>CUSTOM</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>환경: %1</translation>
    </message>
</context>
<context>
    <name>ait::gui::IapTab</name>
    <message>
        <source>optional</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>조회(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Order ID:</source>
        <translation>주문 ID(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;User key (x-toss-user-key):</source>
        <translation>사용자 키(x-toss-user-key)(&amp;U):</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>조회하는 중…</translation>
    </message>
    <message>
        <source>Status: %1
Order: %2 · SKU %3 · determined %4
Partner&apos;s words: %5</source>
        <translation>상태: %1
주문: %2 · SKU %3 · 결정 시각 %4
파트너 설명: %5</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>오류 세부 정보 복사</translation>
    </message>
    <message>
        <source>In-app order lookup</source>
        <translation>인앱 주문 조회</translation>
    </message>
    <message>
        <source>A user key has digits only, at most 19.</source>
        <translation>사용자 키는 숫자로만, 19자리까지 입력할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ait::gui::ImportWizard</name>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key *.p12 *.pfx);;All files (*)</source>
        <translation>인증서와 키 (*.pem *.crt *.cer *.der *.key *.p12 *.pfx);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import a client certificate</source>
        <translation>클라이언트 인증서 가져오기</translation>
    </message>
</context>
<context>
    <name>ait::gui::InspectorDock</name>
    <message>
        <source>Request inspector</source>
        <translation>요청 검사기</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>메서드</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>엔드포인트</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>curl 명령으로 복사</translation>
    </message>
    <message>
        <source>new</source>
        <translation>새 연결</translation>
    </message>
    <message>
        <source>reused</source>
        <translation>재사용</translation>
    </message>
    <message>
        <source>Partner calls appear here as they happen.</source>
        <translation>파트너 API 호출이 일어나는 대로 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>프로필:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>시작:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>소요 시간:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP 상태:</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source>Partner result:</source>
        <translation>파트너 결과:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>오류:</translation>
    </message>
    <message>
        <source>Request sent:</source>
        <translation>요청 전송:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>연결:</translation>
    </message>
    <message>
        <source>new (connect + TLS handshake %1 ms)</source>
        <translation>새 연결 (연결 + TLS 핸드셰이크 %1ms)</translation>
    </message>
    <message>
        <source>reused (no handshake)</source>
        <translation>재사용 (핸드셰이크 없음)</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <source>not established</source>
        <translation>맺어지지 않음</translation>
    </message>
    <message>
        <source>Server chain:</source>
        <translation>서버 체인:</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>클라이언트 인증서:</translation>
    </message>
    <message>
        <source>offered: SHA-256 %1</source>
        <translation>제시함: SHA-256 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Request headers:</source>
        <translation>요청 헤더:</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>요청 본문:</translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation>응답 본문:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>호출 목록</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>호출 상세</translation>
    </message>
    <message>
        <source>Show tokens and personal fields in these calls</source>
        <translation>이 호출들의 토큰과 개인 정보 보기</translation>
    </message>
    <message>
        <source>Copies the call as a curl command for a terminal. Before running it, set AIT_CERT and AIT_KEY to the certificate and key files (and AIT_CA to the sandbox CA for a sandbox profile); tokens are variables too (ACCESS_TOKEN, REFRESH_TOKEN, AUTHORIZATION_CODE), never copied.</source>
        <translation>이 호출을 터미널용 curl 명령으로 복사합니다. 실행하기 전에 AIT_CERT와 AIT_KEY에 인증서 파일과 키 파일 경로를(샌드박스 프로필이면 AIT_CA에 샌드박스 CA도) 지정하세요. 토큰도 변수(ACCESS_TOKEN, REFRESH_TOKEN, AUTHORIZATION_CODE)로 남고 복사되지 않습니다.</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>결과:</translation>
    </message>
    <message>
        <source>none (no connection was made)</source>
        <translation>없음 (연결하지 않음)</translation>
    </message>
    <message>
        <source>not reported for this call</source>
        <translation>이 호출에서는 알 수 없음</translation>
    </message>
</context>
<context>
    <name>ait::gui::LoginTab</name>
    <message>
        <source>Sent exactly as typed: Toss rejects a changed casing.</source>
        <translation>입력한 그대로 보냅니다. 대소문자를 바꾸면 토스가 거부합니다.</translation>
    </message>
    <message>
        <source>&amp;Get tokens</source>
        <translation>토큰 받기(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>갱신(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;User info (login-me)</source>
        <translation>사용자 정보(login-me)(&amp;U)</translation>
    </message>
    <message>
        <source>Unlink this &amp;login…</source>
        <translation>이 로그인 연결 끊기(&amp;L)…</translation>
    </message>
    <message>
        <source>Unlink user &amp;key…</source>
        <translation>사용자 키로 연결 끊기(&amp;K)…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>&amp;Authorization code:</source>
        <translation>인가 코드(&amp;A):</translation>
    </message>
    <message>
        <source>Re&amp;ferrer:</source>
        <translation>Referrer(&amp;F):</translation>
    </message>
    <message>
        <source>Unlink by user key:</source>
        <translation>사용자 키로 연결 끊기:</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>%1:%2 남음</translation>
    </message>
    <message>
        <source>Access token: %1 (%2)
Refresh token: %3 (%4)</source>
        <translation>액세스 토큰: %1 (%2)
리프레시 토큰: %3 (%4)</translation>
    </message>
    <message>
        <source>userKey %1 · scope %2 · agreed terms: %3</source>
        <translation>userKey %1 · scope %2 · 동의 약관: %3</translation>
    </message>
    <message>
        <source>The personal fields stay encrypted: no decryption key is stored for this profile (Profile settings).</source>
        <translation>개인정보 필드는 암호화된 채로 둡니다. 이 프로필에 저장된 복호화 키가 없습니다(프로필 설정).</translation>
    </message>
    <message>
        <source>(encrypted)</source>
        <translation>(암호화됨)</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>연결 끊기</translation>
    </message>
    <message>
        <source>Unlink this Toss login? The user&apos;s tokens stop working and the user must log in again.</source>
        <translation>이 토스 로그인 연결을 끊을까요? 사용자의 토큰이 더 이상 동작하지 않으며 사용자가 다시 로그인해야 합니다.</translation>
    </message>
    <message>
        <source>Unlinked user %1.</source>
        <translation>사용자 %1의 연결을 끊었습니다.</translation>
    </message>
    <message>
        <source>Unlink user %1 from this service? All of the user&apos;s tokens stop working.</source>
        <translation>사용자 %1을(를) 이 서비스에서 연결 해제할까요? 사용자의 모든 토큰이 더 이상 동작하지 않습니다.</translation>
    </message>
    <message>
        <source>User key to unlink</source>
        <translation>연결을 끊을 사용자 키</translation>
    </message>
    <message>
        <source>Show this tab&apos;s tokens and personal fields</source>
        <translation>이 탭의 토큰과 개인 정보 보기</translation>
    </message>
    <message>
        <source>Personal fields</source>
        <translation>개인 정보 항목</translation>
    </message>
    <message>
        <source>Copy user key</source>
        <translation>사용자 키 복사</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>오류 세부 정보 복사</translation>
    </message>
    <message>
        <source>Toss login</source>
        <translation>토스 로그인</translation>
    </message>
    <message>
        <source>A user key has digits only, at most 19.</source>
        <translation>사용자 키는 숫자로만, 19자리까지 입력할 수 있습니다.</translation>
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
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>프로필:</translation>
    </message>
    <message>
        <source>(no profile yet: import a certificate)</source>
        <translation>(프로필 없음: 인증서를 가져오세요)</translation>
    </message>
    <message>
        <source>The active certificate of profile &quot;%1&quot; expired on %2. Partner API calls will fail until you import a new one.</source>
        <translation>프로필 &quot;%1&quot;의 사용 중인 인증서가 %2에 만료되었습니다. 새 인증서를 가져올 때까지 파트너 API 호출이 실패합니다.</translation>
    </message>
    <message numerus="yes">
        <source>The active certificate of profile &quot;%1&quot; expires in %n day(s) (%2). Issue a new one in the Apps in Toss console and import it.</source>
        <translation>
            <numerusform>프로필 &quot;%1&quot;의 사용 중인 인증서가 %n일 후(%2) 만료됩니다. 앱인토스 콘솔에서 새 인증서를 발급받아 가져오세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>The language changes the next time ait-console starts.</source>
        <translation>언어는 ait-console을 다시 시작하면 바뀝니다.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: certificate loaded from the OS keychain, connection ready.</source>
        <translation>프로필 &quot;%1&quot;: 운영체제 키체인에서 인증서를 불러왔고 연결이 준비되었습니다.</translation>
    </message>
    <message>
        <source>Open Activity</source>
        <translation>활동 기록 열기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop waiting for the calls in flight (Esc). A refund, payout or message that already left is not undone: its outcome becomes unknown and can be reconciled.</source>
        <translation>진행 중인 호출을 더 기다리지 않습니다(Esc). 이미 보낸 환불, 지급, 메시지는 되돌려지지 않으며 결과를 알 수 없음 상태가 되어 나중에 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Developer tools (test payments)</source>
        <translation>개발자 도구(테스트 결제)(&amp;D)</translation>
    </message>
    <message>
        <source>Start a new journal…</source>
        <translation>새 활동 기록 시작…</translation>
    </message>
    <message>
        <source>Use this journal…</source>
        <translation>이 활동 기록 사용…</translation>
    </message>
    <message>
        <source>Start a new journal</source>
        <translation>새 활동 기록 시작</translation>
    </message>
    <message>
        <source>Start a new, empty activity journal? What is there now stays in its file beside it (never overwritten), but the console will no longer know about the operations it holds: open ones must be checked by hand.</source>
        <translation>비어 있는 새 활동 기록을 시작할까요? 지금 있는 기록은 옆의 파일에 그대로 남지만(덮어쓰지 않음), 콘솔은 그 안의 작업을 더 이상 알지 못합니다. 끝나지 않은 작업은 직접 확인해야 합니다.</translation>
    </message>
    <message>
        <source>A new journal could not be started: %1</source>
        <translation>새 활동 기록을 시작하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Use this journal</source>
        <translation>이 활동 기록 사용</translation>
    </message>
    <message>
        <source>Use the journal as it is, with operations up to #%1 (this computer had recorded up to #%2)? Operations after #%1 are not in it.</source>
        <translation>#%1까지의 작업만 있는 지금 상태 그대로 활동 기록을 쓸까요(이 컴퓨터는 #%2까지 기록했습니다)? #%1 이후의 작업은 들어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The journal could not be opened: %1</source>
        <translation>활동 기록을 열지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The activity journal %1 is damaged (%2). It was moved aside to %3 and kept.</source>
        <translation>활동 기록 %1이(가) 손상되었습니다(%2). %3(으)로 옮겨 보관했습니다.</translation>
    </message>
    <message>
        <source>The activity journal %1 is missing, although this computer had recorded operations in it (up to #%2).</source>
        <translation>이 컴퓨터가 작업을 기록했는데도(#%2까지) 활동 기록 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The activity journal %1 has fewer operations than this computer recorded: %2.</source>
        <translation>활동 기록 %1의 작업이 이 컴퓨터가 기록한 것보다 적습니다: %2.</translation>
    </message>
    <message>
        <source>The activity journal %1 came back empty, although this computer had recorded operations up to #%2. The empty file was moved aside to %3.</source>
        <translation>이 컴퓨터가 #%2까지 작업을 기록했는데 활동 기록 %1이(가) 비어 있습니다. 빈 파일은 %3(으)로 옮겨 두었습니다.</translation>
    </message>
    <message>
        <source>The activity journal %1 could not be opened: %2.</source>
        <translation>활동 기록 %1을(를) 열지 못했습니다: %2.</translation>
    </message>
    <message>
        <source>Refunds, payouts and messages are disabled until the journal works again (nothing can be recorded before it is sent); lookups still work.</source>
        <translation>활동 기록이 다시 동작할 때까지 환불, 지급, 메시지 발송은 막혀 있습니다(보내기 전에 기록할 수 없기 때문입니다). 조회는 계속 할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>연결 시험(&amp;T)</translation>
    </message>
    <message>
        <source>Makes one harmless call with this profile&apos;s certificate (an order lookup that changes nothing) and shows whether Toss accepted the certificate, the TLS version and the times.</source>
        <translation>이 프로필의 인증서로 아무것도 바꾸지 않는 호출(주문 조회)을 한 번 하고, 토스가 인증서를 받아들였는지, TLS 버전과 걸린 시간을 보여 줍니다.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) have no known outcome. Reconcile them before doing them again.</source>
        <translation>
            <numerusform>결과를 모르는 작업이 %n건 있습니다. 다시 하기 전에 결과를 확인하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent but not answered, or interrupted: whether Toss applied them is not known. Open Activity and use Reconcile, which looks them up and never sends them again.</source>
        <translation>보냈지만 응답이 없었거나 중단된 작업입니다. 토스가 반영했는지 알 수 없습니다. 활동 기록을 열고 결과 확인을 쓰세요. 결과 확인은 조회만 하며 다시 보내지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s), payout(s) or message(s) are under way. Quitting stops waiting for Toss&apos;s answer: whether Toss applied them becomes unknown, and they must be reconciled in Activity after the next start.</source>
        <translation>
            <numerusform>진행 중인 환불·지급·메시지가 %n건 있습니다. 지금 끝내면 토스의 응답을 기다리지 않으므로 토스가 처리했는지 알 수 없게 되고, 다음에 시작한 뒤 활동 기록에서 결과를 확인해야 합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) are waiting for Toss&apos;s answer; quitting drops their results.</source>
        <translation>
            <numerusform>토스의 응답을 기다리는 호출이 %n건 있습니다. 지금 끝내면 그 결과는 표시되지 않습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) have no known outcome yet. They stay in Activity, to reconcile after the next start.</source>
        <translation>
            <numerusform>결과를 모르는 작업이 %n건 있습니다. 활동 기록에 남아 있으니 다음에 시작한 뒤 결과를 확인하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit ait-console?</source>
        <translation>ait-console을 끝낼까요?</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>그래도 끝내기</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>계속 작업하기</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>ait-console — %1 [%2]</source>
        <translation>ait-console — %1 [%2]</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>연결을 시험하는 중…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Toss accepted the certificate and answered: this profile works.</source>
        <translation>토스가 인증서를 받아들이고 응답했습니다. 이 프로필은 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>연결 시험에 실패했습니다.</translation>
    </message>
    <message>
        <source>Certificate presented: %1 (SHA-256 %2)</source>
        <translation>인증서 제시: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Certificate accepted: %1</source>
        <translation>인증서 수락: %1</translation>
    </message>
    <message>
        <source>TLS: %1 %2</source>
        <translation>TLS: %1 %2</translation>
    </message>
    <message>
        <source>Handshake: %1</source>
        <translation>핸드셰이크: %1</translation>
    </message>
    <message>
        <source>%1 ms (new connection)</source>
        <translation>%1ms (새 연결)</translation>
    </message>
    <message>
        <source>connection reused</source>
        <translation>기존 연결 재사용</translation>
    </message>
    <message>
        <source>Call: %1 ms, HTTP %2</source>
        <translation>호출: %1ms, HTTP %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>서버: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>시각: %1</translation>
    </message>
    <message>
        <source>Test connection: %1</source>
        <translation>연결 시험: %1</translation>
    </message>
    <message>
        <source>Bulk</source>
        <translation>대량</translation>
    </message>
    <message numerus="yes">
        <source>%n bulk run(s) are unfinished: resume them on the Bulk page.</source>
        <translation>
            <numerusform>끝나지 않은 대량 실행이 %n건 있습니다. 대량 페이지에서 이어서 실행하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>A bulk run is going. Quitting pauses it (calls already sent finish first); resume it on the Bulk page after the next start, or with ait-cli bulk resume.</source>
        <translation>대량 실행이 진행 중입니다. 종료하면 일시 정지됩니다(이미 보낸 요청은 먼저 끝납니다). 다음에 시작한 뒤 대량 페이지에서, 또는 ait-cli bulk resume으로 이어서 실행하세요.</translation>
    </message>
    <message>
        <source>The team journal (%1) cannot be reached.</source>
        <translation>팀 활동 기록(%1)에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Refunds, payouts and messages are refused until it answers again (nothing is sent before it is recorded); lookups still work. The console does not switch to this computer&apos;s journal on its own.</source>
        <translation>다시 응답할 때까지 환불, 지급, 메시지 발송은 거절됩니다(기록하기 전에는 아무것도 보내지 않습니다). 조회는 계속할 수 있습니다. 콘솔은 이 컴퓨터의 활동 기록으로 저절로 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>Copy this computer&apos;s history</source>
        <translation>이 컴퓨터의 기록 복사</translation>
    </message>
    <message>
        <source>This computer&apos;s journal holds operations up to #%1. Copy them into the team journal (%2), marked as coming from this computer? This is asked once; the file on this computer is kept as it is either way.</source>
        <translation>이 컴퓨터의 활동 기록에 #%1까지의 작업이 있습니다. 이 컴퓨터에서 왔다는 표시와 함께 팀 활동 기록(%2)에 복사할까요? 한 번만 묻습니다. 어느 쪽을 고르든 이 컴퓨터의 파일은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Copy into the team journal</source>
        <translation>팀 활동 기록에 복사</translation>
    </message>
    <message>
        <source>Do not copy</source>
        <translation>복사하지 않음</translation>
    </message>
    <message>
        <source>This computer&apos;s history was not copied into the team journal: %1 It stays in its file, and copying is offered again at the next start.</source>
        <translation>이 컴퓨터의 기록을 팀 활동 기록에 복사하지 못했습니다: %1 기록은 파일에 그대로 있으며, 다음 시작 때 다시 복사를 권합니다.</translation>
    </message>
    <message>
        <source>Settings saved. The language and the journal change at the next start, the network limits with the next profile opened.</source>
        <translation>설정을 저장했습니다. 언어와 활동 기록은 다음 시작부터, 네트워크 제한은 다음에 여는 프로필부터 바뀝니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) of this computer&apos;s history were copied into the team journal.</source>
        <translation>
            <numerusform>이 컴퓨터의 이력 중 작업 %n개를 팀 저널에 복사했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>승인 (%1)</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Requests awaiting your approval: %1</source>
        <translation>내 승인을 기다리는 요청: %1</translation>
    </message>
</context>
<context>
    <name>ait::gui::MessagesTab</name>
    <message>
        <source>only for test messages: the uploaded bundle&apos;s deployment ID</source>
        <translation>테스트 메시지 전용: 업로드한 번들의 배포 ID</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>변수</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Remo&amp;ve variable</source>
        <translation>변수 삭제(&amp;V)</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>테스트 메시지 보내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Send message…</source>
        <translation>메시지 보내기(&amp;S)…</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>콘텐츠</translation>
    </message>
    <message>
        <source>Why not delivered</source>
        <translation>전달되지 않은 이유</translation>
    </message>
    <message>
        <source>&amp;Template set code:</source>
        <translation>템플릿 세트 코드(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;User key (x-toss-user-key):</source>
        <translation>사용자 키(x-toss-user-key)(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Deployment ID:</source>
        <translation>배포 ID(&amp;D):</translation>
    </message>
    <message>
        <source>Context (template variables):</source>
        <translation>컨텍스트(템플릿 변수):</translation>
    </message>
    <message>
        <source>Enter the template set code from the console&apos;s functional campaign.</source>
        <translation>콘솔의 기능성 캠페인에 있는 템플릿 세트 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the user key (a number).</source>
        <translation>사용자 키(숫자)를 입력하세요.</translation>
    </message>
    <message>
        <source>Every context value needs a variable name.</source>
        <translation>모든 컨텍스트 값에는 변수 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>The variable &quot;%1&quot; appears twice.</source>
        <translation>변수 &quot;%1&quot;이(가) 두 번 나옵니다.</translation>
    </message>
    <message>
        <source>A test message needs the deployment ID.</source>
        <translation>테스트 메시지에는 배포 ID가 필요합니다.</translation>
    </message>
    <message>
        <source>JSON: %1</source>
        <translation>JSON: %1</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>이 프로필은 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>메시지 보내기</translation>
    </message>
    <message>
        <source>Send the message &quot;%1&quot; to user %2? It reaches the user&apos;s phone and cannot be taken back.</source>
        <translation>메시지 &quot;%1&quot;을(를) 사용자 %2에게 보낼까요? 사용자의 휴대폰으로 전달되며 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>%1 — push %2 · inbox %3 · SMS %4 · Alimtalk %5 · Friendtalk %6</source>
        <translation>%1 — 푸시 %2 · 알림함 %3 · SMS %4 · 알림톡 %5 · 친구톡 %6</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>전달됨</translation>
    </message>
    <message>
        <source>Accepted but not delivered</source>
        <translation>접수되었지만 전달되지 않음</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>변수 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Template variables</source>
        <translation>템플릿 변수</translation>
    </message>
    <message>
        <source>Failed deliveries</source>
        <translation>전송 실패 목록</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>오류 세부 정보 복사</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Message (activity #%1)</source>
        <translation>메시지 (활동 기록 #%1)</translation>
    </message>
    <message>
        <source>A user key has digits only, at most 19.</source>
        <translation>사용자 키는 숫자로만, 19자리까지 입력할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ait::gui::PassphrasePage</name>
    <message>
        <source>Unlock the private key</source>
        <translation>개인 키 잠금 해제</translation>
    </message>
    <message>
        <source>The key is protected by a passphrase. It is used once to read the key and never stored.</source>
        <translation>키가 암호로 보호되어 있습니다. 암호는 키를 읽을 때 한 번만 쓰이고 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>암호:</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>암호가 틀렸습니다.</translation>
    </message>
</context>
<context>
    <name>ait::gui::PaymentsTab</name>
    <message>
        <source>%1 won</source>
        <translation>%1원</translation>
    </message>
    <message>
        <source>Test payment (isTestPayment = true)</source>
        <translation>테스트 결제 (isTestPayment = true)</translation>
    </message>
    <message>
        <source>The partner documents disagree on this flag; the developer guide says true means a sandbox (test) payment.</source>
        <translation>이 값은 파트너 문서마다 설명이 다릅니다. 개발자 가이드는 true를 샌드박스(테스트) 결제로 설명합니다.</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>조회(&amp;L)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>거래</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>&amp;User key (x-toss-user-key):</source>
        <translation>사용자 키(x-toss-user-key)(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;payToken:</source>
        <translation>payToken(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;orderNo:</source>
        <translation>orderNo(&amp;O):</translation>
    </message>
    <message>
        <source>Enter the user key (a number).</source>
        <translation>사용자 키(숫자)를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter a payToken, an orderNo, or both.</source>
        <translation>payToken이나 orderNo, 또는 둘 다 입력하세요.</translation>
    </message>
    <message>
        <source>The profile&apos;s certificate is not loaded yet.</source>
        <translation>프로필의 인증서를 아직 불러오지 않았습니다.</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>조회하는 중…</translation>
    </message>
    <message>
        <source>Status: %1 (%2)
Amount: %3 · paid: %4 · refundable: %5
Payment method: %6 · created %7 · paid %8
payToken %9 · orderNo %10</source>
        <translation>상태: %1 (%2)
금액: %3 · 결제: %4 · 환불 가능: %5
결제 수단: %6 · 생성 %7 · 결제 %8
payToken %9 · orderNo %10</translation>
    </message>
    <message>
        <source>Refund reason (required, up to 55 characters)</source>
        <translation>환불 사유(필수, 55자 이내)</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>환불(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;concile</source>
        <translation>결과 확인(&amp;C)</translation>
    </message>
    <message>
        <source>Look the payment up to find out whether the refund was applied. Never sends the refund again.</source>
        <translation>결제를 조회해 환불이 처리되었는지 확인합니다. 환불을 다시 보내지 않습니다.</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>이 프로필은 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Look the payment up first.</source>
        <translation>먼저 결제를 조회하세요.</translation>
    </message>
    <message>
        <source>Nothing is left to refund on this payment.</source>
        <translation>이 결제에는 환불할 금액이 남아 있지 않습니다.</translation>
    </message>
    <message>
        <source>Enter a reason: up to 55 characters of Korean, letters, digits, spaces and _ - : . ^ @ ( ) [ ] # / ! % ? &amp;</source>
        <translation>사유를 입력하세요. 한글, 영문, 숫자, 공백과 _ - : . ^ @ ( ) [ ] # / ! % ? &amp;로 55자 이내입니다.</translation>
    </message>
    <message>
        <source>Checking the payment again before the refund…</source>
        <translation>환불 전에 결제를 다시 확인하는 중…</translation>
    </message>
    <message>
        <source>Refund %1 to user %2?

payToken %3 · orderNo %4
Paid: %5 · refundable now: %6
Reason: %7

This cannot be undone.</source>
        <translation>사용자 %2에게 %1을 환불할까요?

payToken %3 · orderNo %4
결제: %5 · 현재 환불 가능: %6
사유: %7

되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Confirm the refund</source>
        <translation>환불 확인</translation>
    </message>
    <message>
        <source>Refund cancelled. Nothing was sent.</source>
        <translation>환불을 취소했습니다. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Confirm the amount</source>
        <translation>금액 확인</translation>
    </message>
    <message>
        <source>This refund is above %1. Type the amount to refund (%2) to confirm:</source>
        <translation>%1보다 큰 환불입니다. 확인하려면 환불할 금액(%2)을 입력하세요:</translation>
    </message>
    <message>
        <source>The typed amount did not match. Nothing was sent.</source>
        <translation>입력한 금액이 맞지 않습니다. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>환불하는 중…</translation>
    </message>
    <message>
        <source>Refunded %1 (refund number %2).</source>
        <translation>%1을 환불했습니다(환불 번호 %2).</translation>
    </message>
    <message>
        <source>The refund was not made.</source>
        <translation>환불되지 않았습니다.</translation>
    </message>
    <message>
        <source>Looking up what happened to the refund…</source>
        <translation>환불이 어떻게 되었는지 조회하는 중…</translation>
    </message>
    <message>
        <source>Reconciled: the refund was applied. It will not be sent again.</source>
        <translation>확인 완료: 환불이 처리되었습니다. 다시 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Reconciled: the refund was not applied. You may refund again.</source>
        <translation>확인 완료: 환불이 처리되지 않았습니다. 다시 환불해도 됩니다.</translation>
    </message>
    <message>
        <source>Could not reconcile yet: %1 %2</source>
        <translation>아직 결과를 확인하지 못했습니다: %1 %2</translation>
    </message>
    <message>
        <source>waiting for payment</source>
        <translation>결제 대기</translation>
    </message>
    <message>
        <source>approved by the buyer, not paid yet</source>
        <translation>구매자 인증됨, 아직 결제 전</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>being paid</source>
        <translation>결제 중</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>결제 완료</translation>
    </message>
    <message>
        <source>being refunded</source>
        <translation>환불 중</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>환불 완료</translation>
    </message>
    <message>
        <source>paid and settled</source>
        <translation>결제 완료, 정산됨</translation>
    </message>
    <message>
        <source>refunded and settled</source>
        <translation>환불 완료, 정산됨</translation>
    </message>
    <message>
        <source>Toss Money</source>
        <translation>토스머니</translation>
    </message>
    <message>
        <source>card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>test payment</source>
        <translation>테스트 결제</translation>
    </message>
    <message>
        <source>real payment</source>
        <translation>실제 결제</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Refund reason</source>
        <translation>환불 사유</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>거래 내역</translation>
    </message>
    <message>
        <source>Copy payToken</source>
        <translation>payToken 복사</translation>
    </message>
    <message>
        <source>Copy transaction ID</source>
        <translation>거래 ID 복사</translation>
    </message>
    <message>
        <source>Copies the transaction ID of the selected step.</source>
        <translation>선택한 단계의 거래 ID를 복사합니다.</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>오류 세부 정보 복사</translation>
    </message>
    <message>
        <source>Copies the error with its codes and technical words, to send to a developer.</source>
        <translation>오류를 코드와 기술 정보와 함께 복사합니다. 개발자에게 보낼 때 쓰세요.</translation>
    </message>
    <message>
        <source>Copy refund number</source>
        <translation>환불 번호 복사</translation>
    </message>
    <message>
        <source>The inputs changed since the lookup: look the payment up again.</source>
        <translation>조회한 뒤 입력이 바뀌었습니다. 결제를 다시 조회하세요.</translation>
    </message>
    <message>
        <source>A refund of this payment is on its way: wait for its result.</source>
        <translation>이 결제의 환불이 진행 중입니다. 결과를 기다리세요.</translation>
    </message>
    <message>
        <source>A refund of this payment has no known outcome. Do not refund again: use Reconcile to find out whether it was applied.</source>
        <translation>이 결제의 환불 결과를 알 수 없습니다. 다시 환불하지 말고, 결과 확인으로 환불되었는지 알아보세요.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Refund (activity #%1)</source>
        <translation>환불 (활동 기록 #%1)</translation>
    </message>
    <message>
        <source>Toss&apos;s codes: payStatus %1 · mode %2 · payMethod %3
Times as Toss wrote them: created %4 · paid %5</source>
        <translation>토스의 코드: payStatus %1 · mode %2 · payMethod %3
토스가 보낸 시각 그대로: 생성 %4 · 결제 %5</translation>
    </message>
    <message>
        <source>Payment lookup</source>
        <translation>결제 조회</translation>
    </message>
    <message>
        <source>A user key has digits only, at most 19.</source>
        <translation>사용자 키는 숫자로만, 19자리까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>A refund reason has at most 55 characters (the partner&apos;s limit).</source>
        <translation>환불 사유는 55자까지 입력할 수 있습니다(토스 API의 제한).</translation>
    </message>
    <message>
        <source>A payToken has at most %1 characters; this one has %2. Check what was pasted.</source>
        <translation>payToken은 최대 %1자인데 입력한 값은 %2자입니다. 붙여 넣은 내용을 확인하세요.</translation>
    </message>
    <message>
        <source>An orderNo has at most %1 characters; this one has %2.</source>
        <translation>orderNo는 최대 %1자인데 입력한 값은 %2자입니다.</translation>
    </message>
    <message>
        <source>An orderNo has only digits, letters and _ - : . ^ @.</source>
        <translation>orderNo에는 숫자, 영문자와 _ - : . ^ @만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Refund anyway</source>
        <translation>그래도 환불</translation>
    </message>
</context>
<context>
    <name>ait::gui::ProfileDialog</name>
    <message>
        <source>Profile settings</source>
        <translation>프로필 설정</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>운영</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>샌드박스</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>Read-only: lookups only, no refunds, payouts or messages</source>
        <translation>읽기 전용: 조회만 하고 환불, 지급, 메시지 발송은 하지 않음</translation>
    </message>
    <message>
        <source>Mark new payments as test payments by default</source>
        <translation>새 결제를 기본으로 테스트 결제로 표시</translation>
    </message>
    <message>
        <source>stored — type a new one to replace it</source>
        <translation>저장됨 — 바꾸려면 새 키를 입력하세요</translation>
    </message>
    <message>
        <source>base64, from the Apps in Toss e-mail</source>
        <translation>base64, 앱인토스에서 받은 이메일에 있음</translation>
    </message>
    <message>
        <source>from the same e-mail</source>
        <translation>같은 이메일에 있음</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>환경(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Apps API URL:</source>
        <translation>앱 API URL(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Pay API URL:</source>
        <translation>결제 API URL(&amp;P):</translation>
    </message>
    <message>
        <source>Login &amp;decryption key:</source>
        <translation>로그인 복호화 키(&amp;D):</translation>
    </message>
    <message>
        <source>Login AA&amp;D:</source>
        <translation>로그인 AAD(&amp;D):</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>프로필 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation>같은 이름의 프로필이 이미 있습니다.</translation>
    </message>
    <message>
        <source>The API URLs must start with https:// and name a host (every partner call is mutual TLS).</source>
        <translation>API URL은 https://로 시작하고 호스트를 포함해야 합니다(모든 파트너 호출은 상호 TLS입니다).</translation>
    </message>
    <message>
        <source>Enter the decryption key and the AAD together.</source>
        <translation>복호화 키와 AAD를 함께 입력하세요.</translation>
    </message>
    <message>
        <source>The decryption key must be base64 text of 32 bytes (AES-256), as in the e-mail from Apps in Toss.</source>
        <translation>복호화 키는 앱인토스에서 받은 이메일에 있는 그대로, 32바이트(AES-256)를 base64로 쓴 텍스트여야 합니다.</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>프로필을 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>Storing the decryption key in the OS keychain…</source>
        <translation>복호화 키를 운영체제 키체인에 저장하는 중…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source> won/points</source>
        <translation> 원/포인트</translation>
    </message>
    <message>
        <source>A refund or payout above this amount is not sent until another operator approves it (0: never).</source>
        <translation>이 금액을 넘는 환불이나 지급은 다른 운영자가 승인할 때까지 보내지 않습니다(0: 사용 안 함).</translation>
    </message>
    <message>
        <source>Every bulk &amp;batch needs a second operator&apos;s approval</source>
        <translation>모든 대량 배치에 다른 운영자의 승인 필요(&amp;B)</translation>
    </message>
    <message>
        <source>Four-eyes approval works only with the team journal (Settings → Journal): on this computer&apos;s journal a request above the amount is refused.</source>
        <translation>다른 운영자의 승인은 팀 활동 기록(설정 → 활동 기록)에서만 동작합니다. 이 컴퓨터의 활동 기록에서는 이 금액을 넘는 요청이 거부됩니다.</translation>
    </message>
    <message>
        <source>Second operator&apos;s appro&amp;val above:</source>
        <translation>다른 운영자 승인 기준 금액(&amp;V):</translation>
    </message>
</context>
<context>
    <name>ait::gui::PromotionsTab</name>
    <message>
        <source>from the Apps in Toss console, e.g. 01JPPJ6SB66BQXXDAKRQZ6SZD7</source>
        <translation>앱인토스 콘솔의 프로모션 코드, 예: 01JPPJ6SB66BQXXDAKRQZ6SZD7</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 포인트</translation>
    </message>
    <message>
        <source>(enter the points)</source>
        <translation>(포인트 입력)</translation>
    </message>
    <message>
        <source>&amp;Pay points…</source>
        <translation>포인트 지급(&amp;P)…</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation>기다리지 않기(&amp;W)</translation>
    </message>
    <message>
        <source>Stops waiting for Toss. A payout that was already sent is not undone: reconcile it later.</source>
        <translation>토스의 응답을 더 기다리지 않습니다. 이미 보낸 지급은 취소되지 않으니 나중에 확인하세요.</translation>
    </message>
    <message>
        <source>Re&amp;concile</source>
        <translation>결과 확인(&amp;C)</translation>
    </message>
    <message>
        <source>Asks Toss for the result of the same promotion key. Never pays again.</source>
        <translation>같은 프로모션 키로 토스에 결과를 묻습니다. 다시 지급하지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;User key (x-toss-user-key):</source>
        <translation>사용자 키(x-toss-user-key)(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>금액(&amp;A):</translation>
    </message>
    <message>
        <source>A payout gets a one-time key from Toss, records it in the activity journal, pays, and then asks for the result until Toss reports SUCCESS or FAILED. If the answer is lost, Reconcile asks about the same key: the same payout is never made twice.</source>
        <translation>지급은 토스에서 일회용 키를 받아 활동 기록에 저장한 뒤 지급하고, 토스가 SUCCESS 또는 FAILED를 알릴 때까지 결과를 조회합니다. 응답을 받지 못하면 결과 확인이 같은 키로 다시 묻기 때문에 같은 지급이 두 번 이루어지지 않습니다.</translation>
    </message>
    <message>
        <source>TEST_ code: a test payout. No promotion money is used and no real points are paid.</source>
        <translation>TEST_ 코드: 테스트 지급입니다. 프로모션 예산이 차감되지 않고 실제 포인트도 지급되지 않습니다.</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>이 프로필은 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Make a TEST payout of %1 points to user %2 from promotion %3? No real points are paid.</source>
        <translation>프로모션 %3에서 사용자 %2에게 %1 포인트를 테스트 지급할까요? 실제 포인트는 지급되지 않습니다.</translation>
    </message>
    <message>
        <source>Pay %1 Toss points to user %2 from promotion %3? The points come out of the promotion budget and cannot be taken back.</source>
        <translation>프로모션 %3에서 사용자 %2에게 토스 포인트 %1을(를) 지급할까요? 포인트는 프로모션 예산에서 차감되며 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Confirm the payout</source>
        <translation>지급 확인</translation>
    </message>
    <message>
        <source>Getting a promotion key…</source>
        <translation>프로모션 키를 받는 중…</translation>
    </message>
    <message>
        <source>Key recorded. Paying…</source>
        <translation>키를 기록했습니다. 지급하는 중…</translation>
    </message>
    <message>
        <source>Paid. Waiting for Toss to confirm (check %1)…</source>
        <translation>지급을 요청했습니다. 토스의 확인을 기다리는 중(%1번째 조회)…</translation>
    </message>
    <message>
        <source>Paid: Toss confirmed the payout (SUCCESS). Activity #%1.</source>
        <translation>지급 완료: 토스가 지급을 확인했습니다(SUCCESS). 활동 기록 #%1.</translation>
    </message>
    <message>
        <source>Reconciled: the payout was made (once). Nothing was sent again.</source>
        <translation>확인 완료: 지급이 한 번 이루어졌습니다. 다시 보낸 요청은 없습니다.</translation>
    </message>
    <message>
        <source>Reconciled: no points were paid with this key. You may start a new payout.</source>
        <translation>확인 완료: 이 키로 지급된 포인트가 없습니다. 새로 지급해도 됩니다.</translation>
    </message>
    <message>
        <source>Stopped waiting. The payout may still be made: use Reconcile to find out. Do not pay again.</source>
        <translation>기다리기를 멈췄습니다. 지급은 아직 이루어질 수 있으니 결과 확인으로 알아보세요. 다시 지급하지 마세요.</translation>
    </message>
    <message>
        <source>Asking Toss about the same key…</source>
        <translation>같은 키로 토스에 묻는 중…</translation>
    </message>
    <message>
        <source>Promotion c&amp;ode:</source>
        <translation>프로모션 코드(&amp;O):</translation>
    </message>
    <message>
        <source>Confirm the amount</source>
        <translation>금액 확인</translation>
    </message>
    <message>
        <source>This payout is above %1 points. Type the amount (%2) to confirm:</source>
        <translation>이 지급은 %1 포인트를 넘습니다. 확인하려면 금액(%2)을 입력하세요:</translation>
    </message>
    <message>
        <source>The typed amount did not match. Nothing was sent.</source>
        <translation>입력한 금액이 맞지 않습니다. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Copy promotion key</source>
        <translation>프로모션 키 복사</translation>
    </message>
    <message>
        <source>Copies the one-time key of the last payout: Toss support asks for it.</source>
        <translation>마지막 지급의 일회용 키를 복사합니다. 토스 고객 지원이 이 키를 묻습니다.</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>오류 세부 정보 복사</translation>
    </message>
    <message>
        <source>The profile&apos;s certificate is not loaded yet.</source>
        <translation>프로필의 인증서를 아직 불러오지 않았습니다.</translation>
    </message>
    <message>
        <source>A payout to this user from this promotion is on its way: wait for its result.</source>
        <translation>이 프로모션에서 이 사용자에게 보내는 지급이 진행 중입니다. 결과를 기다리세요.</translation>
    </message>
    <message>
        <source>The last payout to this user from this promotion has no known outcome. Do not pay again: use Reconcile to find out whether it was paid.</source>
        <translation>이 프로모션에서 이 사용자에게 보낸 마지막 지급의 결과를 알 수 없습니다. 다시 지급하지 말고, 결과 확인으로 지급되었는지 알아보세요.</translation>
    </message>
    <message>
        <source>Make test payout</source>
        <translation>테스트 지급</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>지급</translation>
    </message>
    <message>
        <source>Payout (activity #%1)</source>
        <translation>지급 (활동 기록 #%1)</translation>
    </message>
    <message>
        <source>A promotion code has letters, digits, _ and - only, at most 100.</source>
        <translation>프로모션 코드에는 영문자, 숫자, _ 와 -만 100자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>A user key has digits only, at most 19.</source>
        <translation>사용자 키는 숫자로만, 19자리까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>Points: digits only, at most %1 a payout (Settings: Largest payout).</source>
        <translation>포인트는 숫자로만, 1회 최대 %1포인트까지 입력할 수 있습니다(설정: 최대 지급액).</translation>
    </message>
    <message>
        <source>Make test payout anyway</source>
        <translation>그래도 테스트 지급</translation>
    </message>
    <message>
        <source>Pay anyway</source>
        <translation>그래도 지급</translation>
    </message>
</context>
<context>
    <name>ait::gui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Check the certificate before it is stored in the OS keychain.</source>
        <translation>운영체제 키체인에 저장하기 전에 인증서를 확인하세요.</translation>
    </message>
    <message>
        <source>I have read the warnings and want to store this certificate.</source>
        <translation>경고를 확인했으며 이 인증서를 저장하겠습니다.</translation>
    </message>
    <message>
        <source>New profile:</source>
        <translation>새 프로필:</translation>
    </message>
    <message>
        <source>Existing profile:</source>
        <translation>기존 프로필:</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>운영</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>샌드박스</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>Store into:</source>
        <translation>저장 위치:</translation>
    </message>
    <message>
        <source>A private key is needed to store an identity.</source>
        <translation>인증서를 저장하려면 개인 키가 필요합니다.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>주체</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>발급자</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>일련번호</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>유효 시작</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>유효 종료</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>남은 일수</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>찾지 못함</translation>
    </message>
    <message>
        <source>%1 %2 bits — %3</source>
        <translation>%1 %2비트 — %3</translation>
    </message>
    <message>
        <source>matches the certificate</source>
        <translation>인증서와 짝이 맞음</translation>
    </message>
    <message>
        <source>does NOT match the certificate</source>
        <translation>인증서와 짝이 맞지 않음</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 지문</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>확장 키 용도</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>체인</translation>
    </message>
    <message>
        <source>Replace the active certificate?</source>
        <translation>사용 중인 인증서를 바꿀까요?</translation>
    </message>
    <message>
        <source>Give the new profile a name.</source>
        <translation>새 프로필의 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists: choose another name, or store into that profile.</source>
        <translation>같은 이름의 프로필(&quot;%1&quot;)이 이미 있습니다. 다른 이름을 고르거나 그 프로필에 저장하세요.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; already uses &quot;%2&quot; (valid until %3).

Make the new certificate the active one? Either way both stay in the profile, so you can switch later in the Certificates tab.</source>
        <translation>프로필 &quot;%1&quot;에서 지금 쓰는 인증서: &quot;%2&quot; (%3까지 유효).

새 인증서를 활성 인증서로 할까요? 어느 쪽이든 두 인증서 모두 프로필에 남으므로, 나중에 인증서 탭에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Make the new one active</source>
        <translation>새 인증서를 활성으로</translation>
    </message>
    <message>
        <source>Keep &quot;%1&quot; active</source>
        <translation>&quot;%1&quot; 계속 사용</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ait::gui::SelectPage</name>
    <message>
        <source>Choose the certificate</source>
        <translation>인증서 선택</translation>
    </message>
    <message>
        <source>Use the files downloaded from the Apps in Toss console (mTLS certificate), a PKCS#12 file, or paste the PEM text. You can also drop the files here.</source>
        <translation>앱인토스 콘솔에서 내려받은 파일(mTLS 인증서)이나 PKCS#12 파일을 쓰거나, PEM 텍스트를 붙여 넣으세요. 파일을 여기로 끌어다 놓아도 됩니다.</translation>
    </message>
    <message>
        <source>Certificate file and key file</source>
        <translation>인증서 파일과 키 파일</translation>
    </message>
    <message>
        <source>One file: PEM bundle or PKCS#12 (.p12, .pfx)</source>
        <translation>파일 하나: PEM 묶음 또는 PKCS#12 (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Paste PEM text</source>
        <translation>PEM 텍스트 붙여 넣기</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>인증서:</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>인증서 파일 선택</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>개인 키:</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>개인 키 파일 선택</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Choose the bundle or PKCS#12 file</source>
        <translation>묶음 또는 PKCS#12 파일 선택</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
</context>
<context>
    <name>ait::gui::SessionTab</name>
    <message>
        <source>Toss said: %1</source>
        <translation>토스 응답: %1</translation>
    </message>
    <message>
        <source>Show everything for this user</source>
        <translation>이 사용자의 기록 모두 보기</translation>
    </message>
    <message>
        <source>Activity: every operation on record for this user key.</source>
        <translation>활동 탭에서 이 사용자 키의 기록을 모두 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>ait::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source> won</source>
        <translation>원</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 포인트</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>확인 절차</translation>
    </message>
    <message>
        <source>Type the amount to refund more than:</source>
        <translation>금액을 입력해야 하는 환불 기준:</translation>
    </message>
    <message>
        <source>Type the amount to pay more than:</source>
        <translation>금액을 입력해야 하는 지급 기준:</translation>
    </message>
    <message>
        <source>Largest payout:</source>
        <translation>최대 지급액:</translation>
    </message>
    <message>
        <source>Above this amount a refund is confirmed by typing the amount, not only with a button.</source>
        <translation>이 금액을 넘는 환불은 버튼만이 아니라 금액을 직접 입력해서 확인합니다.</translation>
    </message>
    <message>
        <source>Above this amount a real payout is confirmed by typing the amount (TEST_ codes never are).</source>
        <translation>이 금액을 넘는 실제 지급은 금액을 직접 입력해서 확인합니다(TEST_ 코드는 제외).</translation>
    </message>
    <message>
        <source>The Promotions tab takes no larger amount: a guard against a slipped digit.</source>
        <translation>프로모션 탭은 이보다 큰 금액을 받지 않습니다. 자릿수를 잘못 입력하는 실수를 막습니다.</translation>
    </message>
    <message>
        <source> calls a minute</source>
        <translation>회/분</translation>
    </message>
    <message>
        <source> users</source>
        <translation>명</translation>
    </message>
    <message>
        <source>This profile&apos;s share of the %L1 calls a minute Toss allows the app as a whole: leave room for others working at the same time.</source>
        <translation>토스가 앱 전체에 허용하는 분당 %L1회 중 이 프로필이 쓰는 몫입니다. 동시에 작업하는 다른 사람의 몫을 남겨 두세요.</translation>
    </message>
    <message>
        <source>Bulk runs</source>
        <translation>일괄 작업</translation>
    </message>
    <message>
        <source>Pace (share of the app&apos;s %L1):</source>
        <translation>속도(앱 전체 %L1회 중 몫):</translation>
    </message>
    <message>
        <source>Calls at once:</source>
        <translation>동시 호출 수:</translation>
    </message>
    <message>
        <source>Users per message call:</source>
        <translation>메시지 호출당 사용자 수:</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>A call that receives nothing for this long is given up.</source>
        <translation>이 시간 동안 아무것도 받지 못한 호출은 포기합니다.</translation>
    </message>
    <message>
        <source>No call takes longer than this, however slowly the answer arrives. At least the silence limit.</source>
        <translation>응답이 아무리 천천히 오더라도 이보다 오래 걸리는 호출은 없습니다. 무응답 제한 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>Network (from the next profile opened)</source>
        <translation>네트워크(다음에 여는 프로필부터)</translation>
    </message>
    <message>
        <source>Give up after silence of:</source>
        <translation>무응답 제한:</translation>
    </message>
    <message>
        <source>Give up any call after:</source>
        <translation>호출 전체 제한:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>&amp;Language (from the next start):</source>
        <translation>언어(다음 시작부터)(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;This computer: the journal is a file on this computer</source>
        <translation>이 컴퓨터(&amp;T): 활동 기록은 이 컴퓨터의 파일입니다</translation>
    </message>
    <message>
        <source>T&amp;eam: one PostgreSQL database for every operator&apos;s console</source>
        <translation>팀(&amp;E): 모든 운영자의 콘솔이 하나의 PostgreSQL 데이터베이스를 씁니다</translation>
    </message>
    <message>
        <source>journal.example.com</source>
        <translation>journal.example.com</translation>
    </message>
    <message>
        <source>Your own database role: the journal records it as the operator of everything you do.</source>
        <translation>본인의 데이터베이스 역할(role)입니다. 활동 기록은 내가 한 모든 작업의 운영자로 이 역할을 남깁니다.</translation>
    </message>
    <message>
        <source>Verify the server with TLS (its certificate and name: sslmode=verify-full)</source>
        <translation>TLS로 서버 확인(인증서와 이름: sslmode=verify-full)</translation>
    </message>
    <message>
        <source>Off only for a server on this computer: the password and every operation cross the network.</source>
        <translation>이 컴퓨터의 서버일 때만 끌 수 있습니다. 비밀번호와 모든 작업이 네트워크를 지나가기 때문입니다.</translation>
    </message>
    <message>
        <source>PEM file of the CA that signed the server&apos;s certificate</source>
        <translation>서버 인증서를 서명한 CA의 PEM 파일</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>선택(&amp;H)…</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>연결 시험(&amp;C)</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>팀 데이터베이스</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>데이터베이스(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA 파일(&amp;F):</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 파일</translation>
    </message>
    <message>
        <source>The journal changes at the next start of ait-console (ait-cli uses it from its next command). When the team database cannot be reached, refunds, payouts and messages are refused; the console never turns to this computer&apos;s journal on its own. The password is kept in the OS keychain, not in the settings.</source>
        <translation>활동 기록은 ait-console을 다음에 시작할 때 바뀝니다(ait-cli는 다음 명령부터 씁니다). 팀 데이터베이스에 연결할 수 없으면 환불, 지급, 메시지 발송은 거절되며, 콘솔은 이 컴퓨터의 활동 기록으로 저절로 바꾸지 않습니다. 비밀번호는 설정이 아니라 OS 키체인에 보관합니다.</translation>
    </message>
    <message>
        <source>CA file of the team database</source>
        <translation>팀 데이터베이스의 CA 파일</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>인증서 (*.pem *.crt *.cer);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>활동 기록(&amp;J)</translation>
    </message>
    <message>
        <source>stored in the OS keychain: type a new one to replace it</source>
        <translation>OS 키체인에 저장됨: 바꾸려면 새로 입력하세요</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <source>Connected to %1: the team journal is ready, and records you as %2.</source>
        <translation>%1에 연결했습니다. 팀 활동 기록을 쓸 수 있으며, 운영자는 %2(으)로 기록됩니다.</translation>
    </message>
    <message>
        <source>The password could not be stored in the OS keychain: %1 %2</source>
        <translation>비밀번호를 OS 키체인에 저장할 수 없습니다: %1 %2</translation>
    </message>
</context>
<context>
    <name>ait::gui::StorePage</name>
    <message>
        <source>Store in the OS keychain</source>
        <translation>운영체제 키체인에 저장</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>A profile with this name already exists. Go back and choose another name.</source>
        <translation>같은 이름의 프로필이 이미 있습니다. 돌아가서 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>Storing the key and certificate in the OS keychain…</source>
        <translation>키와 인증서를 운영체제 키체인에 저장하는 중…</translation>
    </message>
    <message>
        <source>The certificate was not stored. %1

%2</source>
        <translation>인증서를 저장하지 못했습니다. %1

%2</translation>
    </message>
    <message>
        <source>Stored. The private key now lives in the OS keychain, not in a file.</source>
        <translation>저장했습니다. 이제 개인 키는 파일이 아니라 운영체제 키체인에 있습니다.</translation>
    </message>
    <message>
        <source>Delete the original files or lock them away:
%1</source>
        <translation>원본 파일은 삭제하거나 안전한 곳에 보관하세요:
%1</translation>
    </message>
    <message>
        <source>The key file is inside a Git working tree: make sure it was never committed, and remove it from there.</source>
        <translation>키 파일이 Git 작업 트리 안에 있습니다. 커밋된 적이 없는지 확인하고 그곳에서 치우세요.</translation>
    </message>
    <message>
        <source>Switch the console to profile &quot;%1&quot; (%2) now</source>
        <translation>지금 이 프로필로 콘솔 전환: &quot;%1&quot; (%2)</translation>
    </message>
</context>
<context>
    <name>ait::gui::TestPaymentPanel</name>
    <message>
        <source>Developer tools: test payment</source>
        <translation>개발자 도구: 테스트 결제</translation>
    </message>
    <message>
        <source>Test product</source>
        <translation>테스트 상품</translation>
    </message>
    <message>
        <source> won</source>
        <translation>원</translation>
    </message>
    <message>
        <source>&amp;Make and execute test payment</source>
        <translation>테스트 결제 생성 및 승인(&amp;M)</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>결과 확인</translation>
    </message>
    <message>
        <source>User key:</source>
        <translation>사용자 키:</translation>
    </message>
    <message>
        <source>orderNo:</source>
        <translation>주문번호(orderNo):</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>상품:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>금액:</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>이 프로필은 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Making the test payment…</source>
        <translation>테스트 결제를 만드는 중…</translation>
    </message>
    <message>
        <source>Test payment done: %1 won, payToken %2.</source>
        <translation>테스트 결제 완료: %1원, payToken %2.</translation>
    </message>
    <message>
        <source>Reconciled: the test payment was completed.</source>
        <translation>확인 완료: 테스트 결제가 완료되었습니다.</translation>
    </message>
    <message>
        <source>Reconciled: the test payment was not completed.</source>
        <translation>확인 완료: 테스트 결제가 완료되지 않았습니다.</translation>
    </message>
    <message>
        <source>A user key has digits only, at most 19.</source>
        <translation>사용자 키는 숫자로만, 19자리까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>An orderNo has at most 50 characters.</source>
        <translation>orderNo는 50자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>Amount: digits only, at most %1 won.</source>
        <translation>금액은 숫자로만, 최대 %1원까지 입력할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ait::journal::JournalSettings</name>
    <message>
        <source>The PostgreSQL driver is not installed with ait-console (Qt&apos;s QPSQL plugin, on Debian and Ubuntu the package libqt6sql6-psql).</source>
        <translation>ait-console에 PostgreSQL 드라이버가 설치되어 있지 않습니다(Qt의 QPSQL 플러그인, Debian과 Ubuntu에서는 libqt6sql6-psql 패키지).</translation>
    </message>
    <message>
        <source>The team database refused the user %1 with this password. Check the user name and the password.</source>
        <translation>팀 데이터베이스가 이 비밀번호로 사용자 %1을(를) 거절했습니다. 사용자 이름과 비밀번호를 확인하세요.</translation>
    </message>
    <message>
        <source>The team database asks for a password: enter the password of the user %1.</source>
        <translation>팀 데이터베이스가 비밀번호를 요구합니다. 사용자 %1의 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the host name and this computer&apos;s network.</source>
        <translation>서버 이름 %1을(를) 찾을 수 없습니다. 호스트 이름과 이 컴퓨터의 네트워크를 확인하세요.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not made out to %1: connect with the name its certificate carries.</source>
        <translation>서버 인증서가 %1에 대해 발급된 것이 아닙니다. 인증서에 적힌 이름으로 연결하세요.</translation>
    </message>
    <message>
        <source>There is no CA file to check the server&apos;s certificate with: choose the CA file your administrator gave you.</source>
        <translation>서버 인증서를 확인할 CA 파일이 없습니다. 관리자가 준 CA 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: it is not signed by the CA in the CA file, or it has expired. Check the CA file with your administrator.</source>
        <translation>서버 인증서를 신뢰할 수 없습니다. CA 파일의 CA가 서명하지 않았거나 만료되었습니다. 관리자와 CA 파일을 확인하세요.</translation>
    </message>
    <message>
        <source>The server at %1 does not offer TLS. Ask your administrator to turn TLS on.</source>
        <translation>%1의 서버가 TLS를 제공하지 않습니다. 관리자에게 TLS를 켜 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>The server at %1 does not accept this user from this computer (pg_hba.conf). Ask your administrator.</source>
        <translation>%1의 서버가 이 컴퓨터에서 오는 이 사용자를 받지 않습니다(pg_hba.conf). 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>There is no database %1 on the server at %2.</source>
        <translation>%2의 서버에 데이터베이스 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The team database has no user %1. Ask your administrator for your own role.</source>
        <translation>팀 데이터베이스에 사용자 %1이(가) 없습니다. 관리자에게 본인의 역할(role)을 요청하세요.</translation>
    </message>
    <message>
        <source>The user %1 may not use the journal&apos;s tables. Ask your administrator to grant the role ait_operator (README, &quot;Team journal&quot;).</source>
        <translation>사용자 %1은(는) 활동 기록 테이블을 쓸 권한이 없습니다. 관리자에게 ait_operator 역할을 부여해 달라고 요청하세요(README, &quot;Team journal&quot;).</translation>
    </message>
    <message>
        <source>The team database server at %1 cannot be reached. Check the host and port, and that the server is running.</source>
        <translation>%1의 팀 데이터베이스 서버에 연결할 수 없습니다. 호스트와 포트, 서버가 실행 중인지 확인하세요.</translation>
    </message>
    <message>
        <source>The team database could not be opened: %1</source>
        <translation>팀 데이터베이스를 열 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>ait::journal::TeamDatabase</name>
    <message>
        <source>Enter the team database&apos;s host, port, database and user.</source>
        <translation>팀 데이터베이스의 호스트, 포트, 데이터베이스, 사용자를 입력하세요.</translation>
    </message>
    <message>
        <source>A team database on another computer is reached only over TLS.</source>
        <translation>다른 컴퓨터의 팀 데이터베이스에는 TLS로만 연결합니다.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>CA 파일 %1을 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ait::keychain::CredentialStore</name>
    <message>
        <source>Nothing is stored in the OS keychain under this name.</source>
        <translation>운영체제 키체인에 이 이름으로 저장된 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Import the certificate again.</source>
        <translation>인증서를 다시 가져오세요.</translation>
    </message>
    <message>
        <source>No OS keychain is running.</source>
        <translation>실행 중인 운영체제 키체인이 없습니다.</translation>
    </message>
    <message>
        <source>On Linux, start GNOME Keyring or KWallet (log in to a desktop session). On a server, run the console inside &quot;dbus-run-session&quot; with &quot;gnome-keyring-daemon --unlock&quot;. Keys are never stored in a plain file instead.</source>
        <translation>리눅스에서는 GNOME Keyring이나 KWallet을 실행하세요(데스크톱 세션에 로그인). 서버에서는 &quot;dbus-run-session&quot; 안에서 &quot;gnome-keyring-daemon --unlock&quot;과 함께 콘솔을 실행하세요. 키를 대신 일반 파일에 저장하는 일은 없습니다.</translation>
    </message>
    <message>
        <source>The OS keychain refused access.</source>
        <translation>운영체제 키체인이 접근을 거부했습니다.</translation>
    </message>
    <message>
        <source>Unlock the keychain (for example by logging in again) and try again.</source>
        <translation>키체인 잠금을 풀고(예: 다시 로그인) 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The keychain&apos;s request for permission was cancelled.</source>
        <translation>키체인의 권한 요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>Try again and allow access when the keychain asks.</source>
        <translation>다시 시도하고 키체인이 물으면 접근을 허용하세요.</translation>
    </message>
    <message>
        <source>The entry in the OS keychain is damaged or incomplete.</source>
        <translation>운영체제 키체인의 항목이 손상되었거나 불완전합니다.</translation>
    </message>
    <message>
        <source>Remove the identity and import the certificate again.</source>
        <translation>인증서를 삭제하고 다시 가져오세요.</translation>
    </message>
    <message>
        <source>The OS keychain reported an error.</source>
        <translation>운영체제 키체인에서 오류가 났습니다.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, restart the keychain service or the computer.</source>
        <translation>다시 시도하세요. 계속 실패하면 키체인 서비스나 컴퓨터를 다시 시작하세요.</translation>
    </message>
</context>
<context>
    <name>ait::ops::MessageService</name>
    <message>
        <source>This user already got %1 messages in the last minute, the partner&apos;s limit. Nothing was sent.</source>
        <translation>이 사용자는 지난 1분 동안 이미 메시지를 %1건 받았습니다(파트너 한도). 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>1분 기다린 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>There is no message waiting to be sent.</source>
        <translation>보낼 메시지가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ait::ops::MoneyServices</name>
    <message>
        <source>The activity journal is not available, so no refund, payout or message can be recorded or sent.</source>
        <translation>활동 기록을 쓸 수 없어 환불, 지급, 메시지를 기록하거나 보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>The activity journal&apos;s file was removed or replaced while the console was running. Restart the console.</source>
        <translation>콘솔이 실행되는 동안 활동 기록 파일이 지워지거나 바뀌었습니다. 콘솔을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The team journal (%1) cannot be reached, so no refund, payout or message can be recorded or sent. Nothing was sent.</source>
        <translation>팀 활동 기록(%1)에 연결할 수 없어 환불, 지급, 메시지를 기록하거나 보낼 수 없습니다. 아무것도 보내지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ait::ops::Operation</name>
    <message>
        <source>%1 started it at %2 (operation #%3).</source>
        <translation>%1 님이 %2에 시작했습니다(작업 #%3).</translation>
    </message>
    <message>
        <source>Nothing was sent: the team journal (%1) cannot be reached, so the operation could not be recorded first.</source>
        <translation>아무것도 보내지 않았습니다. 팀 활동 기록(%1)에 연결할 수 없어 작업을 먼저 기록하지 못했습니다.</translation>
    </message>
    <message>
        <source>Refunds, payouts and messages stay disabled until the team database answers again; the console does not switch to this computer&apos;s journal on its own. Lookups still work.</source>
        <translation>팀 데이터베이스가 다시 응답할 때까지 환불, 지급, 메시지 발송은 막혀 있습니다. 콘솔은 이 컴퓨터의 활동 기록으로 저절로 바꾸지 않습니다. 조회는 계속할 수 있습니다.</translation>
    </message>
    <message>
        <source>Another operation on this target is already in progress or its outcome is unknown.</source>
        <translation>같은 대상에 대한 다른 작업이 이미 진행 중이거나 결과를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Request #%1 cannot be sent: it is not approved, or it was sent already.</source>
        <translation>요청 #%1: 보낼 수 없습니다. 승인되지 않았거나 이미 보냈습니다.</translation>
    </message>
    <message>
        <source>Approval by a second operator works only with the team journal (Settings → Journal).</source>
        <translation>다른 운영자의 승인은 팀 저널에서만 쓸 수 있습니다(설정 → 저널).</translation>
    </message>
    <message>
        <source>Request #%1 for the same target is waiting for a second operator&apos;s approval: nothing else is sent on it until it is decided and sent.</source>
        <translation>같은 대상에 대한 요청 #%1이 다른 운영자의 승인을 기다리고 있습니다. 결정되어 보내질 때까지 이 대상에는 다른 것을 보내지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ait::ops::PayoutService</name>
    <message>
        <source>Enter the promotion code.</source>
        <translation>프로모션 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>A promotion code has only letters, digits, _ and -.</source>
        <translation>프로모션 코드에는 영문자, 숫자, _, - 만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Enter the userKey (a positive whole number).</source>
        <translation>userKey(양의 정수)를 입력하세요.</translation>
    </message>
    <message>
        <source>The amount must be a positive whole number of points.</source>
        <translation>금액은 양의 정수 포인트여야 합니다.</translation>
    </message>
    <message>
        <source>A payout to this user from this promotion is already in progress or its outcome is unknown.</source>
        <translation>이 프로모션에서 이 사용자에게 보낸 지급이 이미 진행 중이거나 결과를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Toss reported the payout as FAILED: no points were paid.</source>
        <translation>토스가 지급 실패(FAILED)를 알렸습니다: 포인트가 지급되지 않았습니다.</translation>
    </message>
    <message>
        <source>The payout was accepted, but Toss has not confirmed it yet (%1 after %2 checks).</source>
        <translation>지급 요청은 접수되었지만 토스가 아직 확인하지 않았습니다(%2번 조회 후 %1).</translation>
    </message>
    <message>
        <source>Use Reconcile later: it asks again with the same key and never pays twice.</source>
        <translation>나중에 결과 확인을 누르세요: 같은 키로 다시 묻기 때문에 두 번 지급되지 않습니다.</translation>
    </message>
    <message>
        <source>There is no open payout to reconcile.</source>
        <translation>확인할 미결 지급이 없습니다.</translation>
    </message>
    <message>
        <source>Toss has not finished this payout yet (PENDING). Reconcile again later.</source>
        <translation>토스가 이 지급을 아직 처리 중입니다(PENDING). 나중에 다시 확인하세요.</translation>
    </message>
    <message>
        <source>There is no payout waiting to be paid.</source>
        <translation>지급할 지급 건이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing was paid: you may start a new payout.</source>
        <translation>지급된 것은 없습니다. 새로 지급해도 됩니다.</translation>
    </message>
    <message>
        <source>A request for this payout is already awaiting approval.</source>
        <translation>이 지급 요청이 이미 승인을 기다리고 있습니다.</translation>
    </message>
    <message>
        <source>Request #%1 cannot be sent: it is not an approved payout.</source>
        <translation>요청 #%1: 보낼 수 없습니다. 승인된 지급이 아닙니다.</translation>
    </message>
    <message>
        <source>Request #%1 was approved for another certificate (another profile or environment): send it with the profile it was asked with.</source>
        <translation>요청 #%1은 다른 인증서(다른 프로필이나 환경)로 승인되었습니다. 요청할 때의 프로필로 보내세요.</translation>
    </message>
</context>
<context>
    <name>ait::ops::RawCallService</name>
    <message>
        <source>execute-promotion needs the promotion key in &quot;key&quot;: it is how the payout is found again.</source>
        <translation>execute-promotion에는 &quot;key&quot;에 프로모션 키가 있어야 합니다. 나중에 지급을 찾는 수단입니다.</translation>
    </message>
    <message>
        <source>An operation on the same target is already in progress or its outcome is unknown (#%1).</source>
        <translation>같은 대상의 작업이 이미 진행 중이거나 결과를 알 수 없는 상태입니다(#%1).</translation>
    </message>
</context>
<context>
    <name>ait::ops::RecentlySettled</name>
    <message>
        <source>%1 refunded %2 won of this payment at %3 (operation #%4).</source>
        <translation>%1 님이 %3에 이 결제에서 %2원을 환불했습니다(작업 #%4).</translation>
    </message>
    <message>
        <source>%1 paid %2 points to this user from this promotion at %3 (operation #%4).</source>
        <translation>%1 님이 %3에 이 프로모션에서 이 사용자에게 %2 포인트를 지급했습니다(작업 #%4).</translation>
    </message>
    <message>
        <source>%1 made this test payment at %2 (operation #%3).</source>
        <translation>%1 님이 %2에 이 테스트 결제를 했습니다(작업 #%3).</translation>
    </message>
    <message>
        <source>Another operator settled this in the last %1 hours:</source>
        <translation>다른 운영자가 최근 %1시간 안에 이 건을 처리했습니다:</translation>
    </message>
    <message>
        <source>…and %1 more: see Activity.</source>
        <translation>…그 밖에 %1건 더 있습니다. 활동 기록에서 확인하세요.</translation>
    </message>
</context>
<context>
    <name>ait::ops::RefundService</name>
    <message>
        <source>A refund needs the payToken.</source>
        <translation>환불하려면 payToken이 필요합니다.</translation>
    </message>
    <message>
        <source>A refund of this payment is already in progress or its outcome is unknown.</source>
        <translation>이 결제의 환불이 이미 진행 중이거나 결과를 알 수 없는 상태입니다.</translation>
    </message>
    <message>
        <source>There is no open refund to reconcile.</source>
        <translation>결과를 확인할 미결 환불이 없습니다.</translation>
    </message>
    <message>
        <source>A request for this refund is already awaiting approval.</source>
        <translation>이 환불 요청이 이미 승인을 기다리고 있습니다.</translation>
    </message>
    <message>
        <source>Request #%1 cannot be sent: it is not an approved refund.</source>
        <translation>요청 #%1: 보낼 수 없습니다. 승인된 환불이 아닙니다.</translation>
    </message>
    <message>
        <source>Request #%1 was approved for another certificate (another profile or environment): send it with the profile it was asked with.</source>
        <translation>요청 #%1은 다른 인증서(다른 프로필이나 환경)로 승인되었습니다. 요청할 때의 프로필로 보내세요.</translation>
    </message>
</context>
<context>
    <name>ait::ops::TestPaymentService</name>
    <message>
        <source>Enter the userKey (a positive whole number).</source>
        <translation>userKey(양의 정수)를 입력하세요.</translation>
    </message>
    <message>
        <source>The orderNo must be 1 to 50 characters.</source>
        <translation>orderNo는 1~50자여야 합니다.</translation>
    </message>
    <message>
        <source>Enter a product description.</source>
        <translation>상품 설명을 입력하세요.</translation>
    </message>
    <message>
        <source>The amount must be a positive whole number of won.</source>
        <translation>금액은 양의 정수(원)여야 합니다.</translation>
    </message>
    <message>
        <source>A payment with this orderNo is already in progress.</source>
        <translation>이 orderNo의 결제가 이미 진행 중입니다.</translation>
    </message>
    <message>
        <source>There is no open test payment to reconcile.</source>
        <translation>확인할 미결 테스트 결제가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ait::profiles::ProfileStore</name>
    <message>
        <source>The profile does not exist.</source>
        <translation>프로필이 없습니다.</translation>
    </message>
    <message>
        <source>This certificate cannot be stored: %1</source>
        <translation>이 인증서는 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The private key could not be encoded.</source>
        <translation>개인 키를 변환하지 못했습니다.</translation>
    </message>
    <message>
        <source>The decryption key must be base64 text of 32 bytes (AES-256), as in the e-mail from Apps in Toss.</source>
        <translation>복호화 키는 앱인토스에서 받은 이메일에 있는 그대로, 32바이트(AES-256)를 base64로 쓴 텍스트여야 합니다.</translation>
    </message>
    <message>
        <source>The AAD is missing; it comes in the same e-mail as the key.</source>
        <translation>AAD가 없습니다. 키와 같은 이메일에 들어 있습니다.</translation>
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
