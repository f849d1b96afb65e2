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
    <message>
        <source>Import a new certificate…</source>
        <translation>Import a new certificate…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Import certificate…</source>
        <translation>&amp;Import certificate…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
</context>
<context>
    <name>ait::api::ApiError</name>
    <message>
        <source>This profile has no usable client certificate.</source>
        <translation>This profile has no usable client certificate.</translation>
    </message>
    <message>
        <source>Import the certificate in the Certificates tab and make it active.</source>
        <translation>Import the certificate in the Certificates tab and make it active.</translation>
    </message>
    <message>
        <source>This profile is read-only: it can look things up but not refund, pay out or send messages.</source>
        <translation>This profile is read-only: it can look things up but not refund, pay out or send messages.</translation>
    </message>
    <message>
        <source>Use a profile that is allowed to make changes, or change the profile settings.</source>
        <translation>Use a profile that is allowed to make changes, or change the profile settings.</translation>
    </message>
    <message>
        <source>The request was not sent because an input is not valid.</source>
        <translation>The request was not sent because an input is not valid.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found.</source>
        <translation>The server&apos;s name could not be found.</translation>
    </message>
    <message>
        <source>Check the API URL in the profile and the computer&apos;s network or DNS settings.</source>
        <translation>Check the API URL in the profile and the computer&apos;s network or DNS settings.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>The server refused the connection.</translation>
    </message>
    <message>
        <source>Check the API URL and port; for the sandbox, check that ait-sandbox is running.</source>
        <translation>Check the API URL and port; for the sandbox, check that ait-sandbox is running.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>The server closed the connection without answering.</translation>
    </message>
    <message>
        <source>This was a lookup, so nothing was changed: try again.</source>
        <translation>This was a lookup, so nothing was changed: try again.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>Nothing was changed: try again; if it keeps happening, check the network or a proxy.</source>
        <translation>Nothing was changed: try again; if it keeps happening, check the network or a proxy.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was refused.</source>
        <translation>The server&apos;s certificate is not trusted, so the connection was refused.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection, or the profile points to the wrong server. Check the API URL and the profile&apos;s environment.</source>
        <translation>Someone may be intercepting the connection, or the profile points to the wrong server. Check the API URL and the profile&apos;s environment.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate belongs to a different host name, so the connection was refused.</source>
        <translation>The server&apos;s certificate belongs to a different host name, so the connection was refused.</translation>
    </message>
    <message>
        <source>Check the API URL in the profile.</source>
        <translation>Check the API URL in the profile.</translation>
    </message>
    <message>
        <source>The server rejected this console&apos;s client certificate.</source>
        <translation>The server rejected this console&apos;s client certificate.</translation>
    </message>
    <message>
        <source>Check that the active certificate is the one registered for this mini-app in the Apps in Toss console, and that it has not been revoked.</source>
        <translation>Check that the active certificate is the one registered for this mini-app in the Apps in Toss console, and that it has not been revoked.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) could not be established.</source>
        <translation>The secure connection (TLS) could not be established.</translation>
    </message>
    <message>
        <source>Copy the details for a developer.</source>
        <translation>Copy the details for a developer.</translation>
    </message>
    <message>
        <source>Do not send it again. Use Reconcile to look up what actually happened.</source>
        <translation>Do not send it again. Use Reconcile to look up what actually happened.</translation>
    </message>
    <message>
        <source>Too many requests: the partner API asked to slow down. Nothing was changed.</source>
        <translation>Too many requests: the partner API asked to slow down. Nothing was changed.</translation>
    </message>
    <message>
        <source>Wait a minute and try again (messages and promotions allow 10 calls per minute per user).</source>
        <translation>Wait a minute and try again (messages and promotions allow 10 calls per minute per user).</translation>
    </message>
    <message>
        <source>The server answered with an error status.</source>
        <translation>The server answered with an error status.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>The server&apos;s answer could not be read.</translation>
    </message>
    <message>
        <source>The personal fields could not be decrypted: the decryption key or AAD is wrong.</source>
        <translation>The personal fields could not be decrypted: the decryption key or AAD is wrong.</translation>
    </message>
    <message>
        <source>Enter the key and AAD from the Apps in Toss e-mail in the profile settings.</source>
        <translation>Enter the key and AAD from the Apps in Toss e-mail in the profile settings.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>No payout was made with this key.</source>
        <translation>No payout was made with this key.</translation>
    </message>
    <message>
        <source>No payment was found for this payToken or order number.</source>
        <translation>No payment was found for this payToken or order number.</translation>
    </message>
    <message>
        <source>Nothing is left to refund on this payment.</source>
        <translation>Nothing is left to refund on this payment.</translation>
    </message>
    <message>
        <source>The same operation on this target is already in progress or its outcome is unknown.</source>
        <translation>The same operation on this target is already in progress or its outcome is unknown.</translation>
    </message>
    <message>
        <source>Wait for it, or use Reconcile to find out what happened. Nothing was sent.</source>
        <translation>Wait for it, or use Reconcile to find out what happened. Nothing was sent.</translation>
    </message>
    <message>
        <source>Nothing was sent: the activity journal cannot record the operation first.</source>
        <translation>Nothing was sent: the activity journal cannot record the operation first.</translation>
    </message>
    <message>
        <source>Refunds, payouts and messages stay disabled until the journal works again. Lookups still work.</source>
        <translation>Refunds, payouts and messages stay disabled until the journal works again. Lookups still work.</translation>
    </message>
    <message>
        <source>The request was sent, but no answer came back that says what happened. It may or may not have been applied.</source>
        <translation>The request was sent, but no answer came back that says what happened. It may or may not have been applied.</translation>
    </message>
    <message>
        <source>The server answered with a redirect to another address, which was not followed.</source>
        <translation>The server answered with a redirect to another address, which was not followed.</translation>
    </message>
    <message>
        <source>The partner API never redirects: check the API URL in the profile and any proxy in between.</source>
        <translation>The partner API never redirects: check the API URL in the profile and any proxy in between.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far larger than any partner answer, so it was not read.</source>
        <translation>The server&apos;s answer was far larger than any partner answer, so it was not read.</translation>
    </message>
    <message>
        <source>Check the API URL in the profile and any proxy in between; copy the details for a developer.</source>
        <translation>Check the API URL in the profile and any proxy in between; copy the details for a developer.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>no certificate</translation>
    </message>
    <message>
        <source>read-only profile</source>
        <translation>read-only profile</translation>
    </message>
    <message>
        <source>input not valid</source>
        <translation>input not valid</translation>
    </message>
    <message>
        <source>already in progress</source>
        <translation>already in progress</translation>
    </message>
    <message>
        <source>journal unavailable</source>
        <translation>journal unavailable</translation>
    </message>
    <message>
        <source>server name not found (DNS)</source>
        <translation>server name not found (DNS)</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connection refused</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>connection closed</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>no answer in time</translation>
    </message>
    <message>
        <source>server not trusted</source>
        <translation>server not trusted</translation>
    </message>
    <message>
        <source>wrong server name</source>
        <translation>wrong server name</translation>
    </message>
    <message>
        <source>certificate rejected</source>
        <translation>certificate rejected</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>secure connection failed</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>outcome unknown</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>too many requests</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>server error</translation>
    </message>
    <message>
        <source>redirect (not followed)</source>
        <translation>redirect (not followed)</translation>
    </message>
    <message>
        <source>answer too large</source>
        <translation>answer too large</translation>
    </message>
    <message>
        <source>refused by Toss</source>
        <translation>refused by Toss</translation>
    </message>
    <message>
        <source>code or token not valid</source>
        <translation>code or token not valid</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>unreadable answer</translation>
    </message>
    <message>
        <source>decryption failed</source>
        <translation>decryption failed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Toss refused the request.</source>
        <translation>Toss refused the request.</translation>
    </message>
    <message>
        <source>The authorization code or token is no longer valid: it expired, was already used, or was revoked.</source>
        <translation>The authorization code or token is no longer valid: it expired, was already used, or was revoked.</translation>
    </message>
    <message>
        <source>Log in again in the mini-app to get a new code (a code works once, for 10 minutes; an access token for 1 hour).</source>
        <translation>Log in again in the mini-app to get a new code (a code works once, for 10 minutes; an access token for 1 hour).</translation>
    </message>
    <message>
        <source>No promotion has this code.</source>
        <translation>No promotion has this code.</translation>
    </message>
    <message>
        <source>Check the promotion code in the Apps in Toss console.</source>
        <translation>Check the promotion code in the Apps in Toss console.</translation>
    </message>
    <message>
        <source>The promotion is not running: it has ended, has not started yet, or its budget is spent.</source>
        <translation>The promotion is not running: it has ended, has not started yet, or its budget is spent.</translation>
    </message>
    <message>
        <source>Nothing was paid. Check the promotion&apos;s period and budget in the Apps in Toss console.</source>
        <translation>Nothing was paid. Check the promotion&apos;s period and budget in the Apps in Toss console.</translation>
    </message>
    <message>
        <source>Toss could not grant or revoke the points (an internal error at Toss).</source>
        <translation>Toss could not grant or revoke the points (an internal error at Toss).</translation>
    </message>
    <message>
        <source>Do not pay again: use Reconcile to find out whether the points were paid.</source>
        <translation>Do not pay again: use Reconcile to find out whether the points were paid.</translation>
    </message>
    <message>
        <source>Nothing was paid: you may start a new payout.</source>
        <translation>Nothing was paid: you may start a new payout.</translation>
    </message>
    <message>
        <source>The promotion budget is too small for this payout.</source>
        <translation>The promotion budget is too small for this payout.</translation>
    </message>
    <message>
        <source>Charge the Biz Wallet or raise the budget in the Apps in Toss console.</source>
        <translation>Charge the Biz Wallet or raise the budget in the Apps in Toss console.</translation>
    </message>
    <message>
        <source>This key was already used: the points were already paid.</source>
        <translation>This key was already used: the points were already paid.</translation>
    </message>
    <message>
        <source>Do not pay again: use Reconcile to see the result.</source>
        <translation>Do not pay again: use Reconcile to see the result.</translation>
    </message>
    <message>
        <source>The amount is above the per-payout limit of this promotion.</source>
        <translation>The amount is above the per-payout limit of this promotion.</translation>
    </message>
    <message>
        <source>Pay a smaller amount, or raise the limit in the Apps in Toss console.</source>
        <translation>Pay a smaller amount, or raise the limit in the Apps in Toss console.</translation>
    </message>
    <message>
        <source>The promotion&apos;s maximum payout is larger than its budget.</source>
        <translation>The promotion&apos;s maximum payout is larger than its budget.</translation>
    </message>
    <message>
        <source>Correct the promotion&apos;s settings in the Apps in Toss console.</source>
        <translation>Correct the promotion&apos;s settings in the Apps in Toss console.</translation>
    </message>
    <message>
        <source>Too many requests for this user in the last minute.</source>
        <translation>Too many requests for this user in the last minute.</translation>
    </message>
    <message>
        <source>Wait a minute, then try again.</source>
        <translation>Wait a minute, then try again.</translation>
    </message>
    <message>
        <source>The message template is not approved yet.</source>
        <translation>The message template is not approved yet.</translation>
    </message>
    <message>
        <source>Wait for its review (2–3 business days), or use an approved template.</source>
        <translation>Wait for its review (2–3 business days), or use an approved template.</translation>
    </message>
    <message>
        <source>No Toss user has this user key.</source>
        <translation>No Toss user has this user key.</translation>
    </message>
    <message>
        <source>Check the user key (x-toss-user-key) your mini-app recorded for this user.</source>
        <translation>Check the user key (x-toss-user-key) your mini-app recorded for this user.</translation>
    </message>
    <message>
        <source>This user key is not linked to this service&apos;s Toss login.</source>
        <translation>This user key is not linked to this service&apos;s Toss login.</translation>
    </message>
    <message>
        <source>The user may have unlinked the service: ask them to log in to the mini-app again.</source>
        <translation>The user may have unlinked the service: ask them to log in to the mini-app again.</translation>
    </message>
    <message>
        <source>A payment with this order number already exists.</source>
        <translation>A payment with this order number already exists.</translation>
    </message>
    <message>
        <source>Use a new order number.</source>
        <translation>Use a new order number.</translation>
    </message>
    <message>
        <source>Check the payToken, the orderNo and whether it is a test payment.</source>
        <translation>Check the payToken, the orderNo and whether it is a test payment.</translation>
    </message>
    <message>
        <source>Look the payment up to see what was refunded already.</source>
        <translation>Look the payment up to see what was refunded already.</translation>
    </message>
    <message>
        <source>The Toss Pay merchant key registered in the Apps in Toss console is not valid.</source>
        <translation>The Toss Pay merchant key registered in the Apps in Toss console is not valid.</translation>
    </message>
    <message>
        <source>Ask whoever manages the mini-app to check its Toss Pay settings in the console.</source>
        <translation>Ask whoever manages the mini-app to check its Toss Pay settings in the console.</translation>
    </message>
    <message>
        <source>The bank is in its maintenance window.</source>
        <translation>The bank is in its maintenance window.</translation>
    </message>
    <message>
        <source>Nothing was changed: try again later.</source>
        <translation>Nothing was changed: try again later.</translation>
    </message>
    <message>
        <source>Toss found a request field missing or not valid.</source>
        <translation>Toss found a request field missing or not valid.</translation>
    </message>
    <message>
        <source>Check the inputs; if they look right, copy the details for a developer.</source>
        <translation>Check the inputs; if they look right, copy the details for a developer.</translation>
    </message>
    <message>
        <source>Toss had an internal error.</source>
        <translation>Toss had an internal error.</translation>
    </message>
    <message>
        <source>Try again later; after a refund or payout, look up its result before doing it again.</source>
        <translation>Try again later; after a refund or payout, look up its result before doing it again.</translation>
    </message>
    <message>
        <source>The limit for user information lookups was exceeded.</source>
        <translation>The limit for user information lookups was exceeded.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Try again later.</translation>
    </message>
    <message>
        <source>Toss refused the request (code %1).</source>
        <translation>Toss refused the request (code %1).</translation>
    </message>
    <message>
        <source>Nothing was changed. If Toss&apos;s words below do not say what to change, copy the details for a developer.</source>
        <translation>Nothing was changed. If Toss&apos;s words below do not say what to change, copy the details for a developer.</translation>
    </message>
    <message>
        <source>needs a second operator&apos;s approval</source>
        <translation>needs a second operator&apos;s approval</translation>
    </message>
    <message>
        <source>Nothing was sent: this profile needs a second operator&apos;s approval for this amount.</source>
        <translation>Nothing was sent: this profile needs a second operator&apos;s approval for this amount.</translation>
    </message>
    <message>
        <source>Ask for approval; once another operator approves it, it can be sent from any console. Approval works only with the team journal.</source>
        <translation>Ask for approval; once another operator approves it, it can be sent from any console. Approval works only with the team journal.</translation>
    </message>
</context>
<context>
    <name>ait::api::OrderStatus</name>
    <message>
        <source>Current developer guide: the order is complete — paid and the product granted.</source>
        <translation>Current developer guide: the order is complete — paid and the product granted.</translation>
    </message>
    <message>
        <source>Current developer guide (SDK 1.1.3 or later): paid, but the product was NOT granted; the app must complete the grant.</source>
        <translation>Current developer guide (SDK 1.1.3 or later): paid, but the product was NOT granted; the app must complete the grant.</translation>
    </message>
    <message>
        <source>Older page: the payment succeeded (SDK 1.1.2 or earlier); says nothing about the grant.</source>
        <translation>Older page: the payment succeeded (SDK 1.1.2 or earlier); says nothing about the grant.</translation>
    </message>
    <message>
        <source>Older page: payment and grant both done.</source>
        <translation>Older page: payment and grant both done.</translation>
    </message>
    <message>
        <source>The two official pages disagree; check your own grant records before acting.</source>
        <translation>The two official pages disagree; check your own grant records before acting.</translation>
    </message>
    <message>
        <source>The payment (or, in the older reading, the grant) failed.</source>
        <translation>The payment (or, in the older reading, the grant) failed.</translation>
    </message>
    <message>
        <source>The order was refunded; the time is when the refund was decided.</source>
        <translation>The order was refunded; the time is when the refund was decided.</translation>
    </message>
    <message>
        <source>The order was created but is not finished yet.</source>
        <translation>The order was created but is not finished yet.</translation>
    </message>
    <message>
        <source>No order with this ID. A just-created order can take a moment to appear: try again shortly.</source>
        <translation>No order with this ID. A just-created order can take a moment to appear: try again shortly.</translation>
    </message>
    <message>
        <source>The product does not belong to this mini-app.</source>
        <translation>The product does not belong to this mini-app.</translation>
    </message>
    <message>
        <source>Toss reported an internal error for this order.</source>
        <translation>Toss reported an internal error for this order.</translation>
    </message>
    <message>
        <source>A status this console does not know yet.</source>
        <translation>A status this console does not know yet.</translation>
    </message>
</context>
<context>
    <name>ait::api::PartnerClient</name>
    <message>
        <source>The refund reason needs 1 to 55 characters: Korean, letters, digits, spaces and _ - : . ^ @ ( ) [ ] # / ! % ? &amp;</source>
        <translation>The refund reason needs 1 to 55 characters: Korean, letters, digits, spaces and _ - : . ^ @ ( ) [ ] # / ! % ? &amp;</translation>
    </message>
</context>
<context>
    <name>ait::bulk::BulkRun</name>
    <message>
        <source>There is no batch %1 in the journal.</source>
        <translation>There is no batch %1 in the journal.</translation>
    </message>
    <message>
        <source>Batch %1 is being run by another program (process %2).</source>
        <translation>Batch %1 is being run by another program (process %2).</translation>
    </message>
    <message>
        <source>Reconciled: Toss reported that this payout paid nothing.</source>
        <translation>Reconciled: Toss reported that this payout paid nothing.</translation>
    </message>
    <message>
        <source>%1 keys in a row paid nothing; the row was given up.</source>
        <translation>%1 keys in a row paid nothing; the row was given up.</translation>
    </message>
    <message>
        <source>Accepted by Toss, but not delivered to any channel.</source>
        <translation>Accepted by Toss, but not delivered to any channel.</translation>
    </message>
    <message>
        <source>Marked as sent by the operator.</source>
        <translation>Marked as sent by the operator.</translation>
    </message>
    <message>
        <source>Marked as not sent by the operator.</source>
        <translation>Marked as not sent by the operator.</translation>
    </message>
    <message>
        <source>The journal (%1) stopped answering: batch %2 is paused and nothing more is sent from it.</source>
        <translation>The journal (%1) stopped answering: batch %2 is paused and nothing more is sent from it.</translation>
    </message>
    <message>
        <source>Resume the batch once the journal answers again: rows whose outcome could not be recorded are looked up first, never paid again.</source>
        <translation>Resume the batch once the journal answers again: rows whose outcome could not be recorded are looked up first, never paid again.</translation>
    </message>
    <message>
        <source>Batch %1 is being run by %2, whose lease lasts until %3 and is renewed while it runs: nothing was sent from here. Resume it once that run has ended, or after its lease expires if that runner died.</source>
        <translation>Batch %1 is being run by %2, whose lease lasts until %3 and is renewed while it runs: nothing was sent from here. Resume it once that run has ended, or after its lease expires if that runner died.</translation>
    </message>
    <message>
        <source>Batch %1 was taken over by another runner after this run could not renew its lease in time: nothing more is sent from here.</source>
        <translation>Batch %1 was taken over by another runner after this run could not renew its lease in time: nothing more is sent from here.</translation>
    </message>
</context>
<context>
    <name>ait::bulk::BulkService</name>
    <message>
        <source>The file has problems: fix them and check it again.</source>
        <translation>The file has problems: fix them and check it again.</translation>
    </message>
    <message>
        <source>The total you typed is not the file&apos;s total of %1 points.</source>
        <translation>The total you typed is not the file&apos;s total of %1 points.</translation>
    </message>
    <message>
        <source>The number you typed is not the file&apos;s %1 recipients.</source>
        <translation>The number you typed is not the file&apos;s %1 recipients.</translation>
    </message>
    <message>
        <source>Batch %1 is already running in this program.</source>
        <translation>Batch %1 is already running in this program.</translation>
    </message>
    <message>
        <source>This profile needs a second operator&apos;s approval for every bulk batch, and a batch cannot be approved in this version: nothing was recorded or sent.</source>
        <translation>This profile needs a second operator&apos;s approval for every bulk batch, and a batch cannot be approved in this version: nothing was recorded or sent.</translation>
    </message>
    <message>
        <source>Line %1 pays %2 points, above this profile&apos;s approval threshold of %3: a batch cannot be approved in this version, so pay that user through an approval instead. Nothing was recorded or sent.</source>
        <translation>Line %1 pays %2 points, above this profile&apos;s approval threshold of %3: a batch cannot be approved in this version, so pay that user through an approval instead. Nothing was recorded or sent.</translation>
    </message>
</context>
<context>
    <name>ait::bulk::Check</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file is larger than 20 MiB (%1 MiB). Split it into smaller files.</source>
        <translation>The file is larger than 20 MiB (%1 MiB). Split it into smaller files.</translation>
    </message>
    <message>
        <source>Enter the template code (templateSetCode).</source>
        <translation>Enter the template code (templateSetCode).</translation>
    </message>
    <message>
        <source>This system cannot read %1 text. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>This system cannot read %1 text. Save the file as &quot;CSV UTF-8&quot; and try again.</translation>
    </message>
    <message>
        <source>The file is not %1 text. Choose another encoding, or save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>The file is not %1 text. Choose another encoding, or save the file as &quot;CSV UTF-8&quot; and try again.</translation>
    </message>
    <message>
        <source>A quoted value that starts on this line is never closed.</source>
        <translation>A quoted value that starts on this line is never closed.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows, the most one batch can hold. Split it into smaller files.</source>
        <translation>The file has more than %1 rows, the most one batch can hold. Split it into smaller files.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The first line must be a header naming the columns: %1.</source>
        <translation>The first line must be a header naming the columns: %1.</translation>
    </message>
    <message>
        <source>Column %1 has no name in the header.</source>
        <translation>Column %1 has no name in the header.</translation>
    </message>
    <message>
        <source>The header names the column &quot;%1&quot; twice.</source>
        <translation>The header names the column &quot;%1&quot; twice.</translation>
    </message>
    <message>
        <source>The template variable &quot;%1&quot; has no column in the header.</source>
        <translation>The template variable &quot;%1&quot; has no column in the header.</translation>
    </message>
    <message>
        <source>This file was already run for %1 as batch %2 on %3 by %4 (%5).</source>
        <translation>This file was already run for %1 as batch %2 on %3 by %4 (%5).</translation>
    </message>
    <message>
        <source>This row has more values than the header has columns.</source>
        <translation>This row has more values than the header has columns.</translation>
    </message>
    <message>
        <source>userKey must be a positive whole number (found &quot;%1&quot;).</source>
        <translation>userKey must be a positive whole number (found &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The amount %1 is above the largest payout allowed (%2 points, setting promotions/maxAmount).</source>
        <translation>The amount %1 is above the largest payout allowed (%2 points, setting promotions/maxAmount).</translation>
    </message>
    <message>
        <source>amount must be a positive whole number of points (found &quot;%1&quot;).</source>
        <translation>amount must be a positive whole number of points (found &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The template variable &quot;%1&quot; is empty.</source>
        <translation>The template variable &quot;%1&quot; is empty.</translation>
    </message>
    <message>
        <source>This user is listed more than once (first on line %1). Allow repeats to pay them once per row.</source>
        <translation>This user is listed more than once (first on line %1). Allow repeats to pay them once per row.</translation>
    </message>
    <message>
        <source>This user is listed more than once (first on line %1). Allow repeats to send once per row.</source>
        <translation>This user is listed more than once (first on line %1). Allow repeats to send once per row.</translation>
    </message>
    <message>
        <source>A payout to this user from this promotion is already in progress or its outcome is unknown.</source>
        <translation>A payout to this user from this promotion is already in progress or its outcome is unknown.</translation>
    </message>
    <message>
        <source>The file has no rows under its header.</source>
        <translation>The file has no rows under its header.</translation>
    </message>
</context>
<context>
    <name>ait::bulk::RowOutcome</name>
    <message>
        <source>Not started yet.</source>
        <translation>Not started yet.</translation>
    </message>
    <message>
        <source>Outcome unknown: resume the batch to ask Toss about this payout&apos;s key (it is never paid twice).</source>
        <translation>Outcome unknown: resume the batch to ask Toss about this payout&apos;s key (it is never paid twice).</translation>
    </message>
    <message>
        <source>Outcome unknown: the answer was lost. Decide whether to send it again or mark it as sent.</source>
        <translation>Outcome unknown: the answer was lost. Decide whether to send it again or mark it as sent.</translation>
    </message>
    <message>
        <source>Paid.</source>
        <translation>Paid.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Sent.</translation>
    </message>
    <message>
        <source>Marked as sent by the operator.</source>
        <translation>Marked as sent by the operator.</translation>
    </message>
    <message>
        <source>Marked as not sent by the operator.</source>
        <translation>Marked as not sent by the operator.</translation>
    </message>
    <message>
        <source>Paid (confirmed by asking Toss about its key).</source>
        <translation>Paid (confirmed by asking Toss about its key).</translation>
    </message>
    <message>
        <source>Not paid (Toss reported that its key paid nothing).</source>
        <translation>Not paid (Toss reported that its key paid nothing).</translation>
    </message>
    <message>
        <source>Not sent: the batch was stopped.</source>
        <translation>Not sent: the batch was stopped.</translation>
    </message>
    <message>
        <source>Toss reported the payout as FAILED: no points were paid.</source>
        <translation>Toss reported the payout as FAILED: no points were paid.</translation>
    </message>
    <message>
        <source>Refused (%1): nothing was applied.</source>
        <translation>Refused (%1): nothing was applied.</translation>
    </message>
</context>
<context>
    <name>ait::cli::ApprovalsCommand</name>
    <message>
        <source>four-eyes approval on the team journal: list, request, approve, reject and send</source>
        <translation>four-eyes approval on the team journal: list, request, approve, reject and send</translation>
    </message>
    <message>
        <source>requests and what became of them, newest first</source>
        <translation>requests and what became of them, newest first</translation>
    </message>
    <message>
        <source>ask another operator to approve a payout above the profile&apos;s threshold</source>
        <translation>ask another operator to approve a payout above the profile&apos;s threshold</translation>
    </message>
    <message>
        <source>approve another operator&apos;s request</source>
        <translation>approve another operator&apos;s request</translation>
    </message>
    <message>
        <source>reject another operator&apos;s request, with a reason</source>
        <translation>reject another operator&apos;s request, with a reason</translation>
    </message>
    <message>
        <source>send an approved request (refund or payout), once</source>
        <translation>send an approved request (refund or payout), once</translation>
    </message>
    <message>
        <source>Lists the requests for a second operator&apos;s approval in the team journal, newest first.</source>
        <translation>Lists the requests for a second operator&apos;s approval in the team journal, newest first.</translation>
    </message>
    <message>
        <source>Only this state: awaiting, approved, rejected or sent.</source>
        <translation>Only this state: awaiting, approved, rejected or sent.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>--state expects awaiting, approved, rejected or sent, not &quot;%1&quot;.</source>
        <translation>--state expects awaiting, approved, rejected or sent, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation>No requests.</translation>
    </message>
    <message>
        <source>Records a payout as awaiting another operator&apos;s approval in the team journal; nothing is sent. Once approved, &quot;ait-cli approvals send ID&quot; (from any console) pays it, once.</source>
        <translation>Records a payout as awaiting another operator&apos;s approval in the team journal; nothing is sent. Once approved, &quot;ait-cli approvals send ID&quot; (from any console) pays it, once.</translation>
    </message>
    <message>
        <source>The promotion code (letters, digits, _ and -).</source>
        <translation>The promotion code (letters, digits, _ and -).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>The user&apos;s userKey.</source>
        <translation>The user&apos;s userKey.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Points to pay.</source>
        <translation>Points to pay.</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>the profile to pay with</source>
        <translation>the profile to pay with</translation>
    </message>
    <message>
        <source>the promotion code</source>
        <translation>the promotion code</translation>
    </message>
    <message>
        <source>the user&apos;s userKey</source>
        <translation>the user&apos;s userKey</translation>
    </message>
    <message>
        <source>the points to pay</source>
        <translation>the points to pay</translation>
    </message>
    <message>
        <source>Request #%1 is waiting for another operator&apos;s approval. Nothing was sent.</source>
        <translation>Request #%1 is waiting for another operator&apos;s approval. Nothing was sent.</translation>
    </message>
    <message>
        <source>Approves another operator&apos;s request; the one who asked cannot approve it (the database checks the login).</source>
        <translation>Approves another operator&apos;s request; the one who asked cannot approve it (the database checks the login).</translation>
    </message>
    <message>
        <source>Rejects another operator&apos;s request with a reason; a rejected request can never be sent.</source>
        <translation>Rejects another operator&apos;s request with a reason; a rejected request can never be sent.</translation>
    </message>
    <message>
        <source>The request&apos;s number (#ID).</source>
        <translation>The request&apos;s number (#ID).</translation>
    </message>
    <message>
        <source>Why (shown to the one who asked).</source>
        <translation>Why (shown to the one who asked).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Give one request number, e.g. ait-cli approvals approve 12.</source>
        <translation>Give one request number, e.g. ait-cli approvals approve 12.</translation>
    </message>
    <message>
        <source>A rejection needs --reason: the one who asked is told why.</source>
        <translation>A rejection needs --reason: the one who asked is told why.</translation>
    </message>
    <message>
        <source>Approval works only with the team journal (Settings → Journal).</source>
        <translation>Approval works only with the team journal (Settings → Journal).</translation>
    </message>
    <message>
        <source>There is no request #%1.</source>
        <translation>There is no request #%1.</translation>
    </message>
    <message>
        <source>Request #%1 was already decided (%2).</source>
        <translation>Request #%1 was already decided (%2).</translation>
    </message>
    <message>
        <source>Request #%1 is yours: another operator must approve or reject it.</source>
        <translation>Request #%1 is yours: another operator must approve or reject it.</translation>
    </message>
    <message>
        <source>The team journal could not record the decision: %1</source>
        <translation>The team journal could not record the decision: %1</translation>
    </message>
    <message>
        <source>Request #%1 is approved: it can now be sent (ait-cli approvals send %1).</source>
        <translation>Request #%1 is approved: it can now be sent (ait-cli approvals send %1).</translation>
    </message>
    <message>
        <source>Request #%1 is rejected; it will not be sent.</source>
        <translation>Request #%1 is rejected; it will not be sent.</translation>
    </message>
    <message>
        <source>Sends an approved request through the usual path (journaled first, then sent, then settled). It is sent once, whichever console sends it.</source>
        <translation>Sends an approved request through the usual path (journaled first, then sent, then settled). It is sent once, whichever console sends it.</translation>
    </message>
    <message>
        <source>Give one request number, e.g. ait-cli approvals send 12.</source>
        <translation>Give one request number, e.g. ait-cli approvals send 12.</translation>
    </message>
    <message>
        <source>the profile to send with</source>
        <translation>the profile to send with</translation>
    </message>
    <message>
        <source>Request #%1 is %2, not approved: nothing was sent.</source>
        <translation>Request #%1 is %2, not approved: nothing was sent.</translation>
    </message>
    <message>
        <source>Request #%1 was sent and succeeded: Activity #%2.</source>
        <translation>Request #%1 was sent and succeeded: Activity #%2.</translation>
    </message>
</context>
<context>
    <name>ait::cli::BulkCommand</name>
    <message>
        <source>the batch number (ait-cli bulk list shows them)</source>
        <translation>the batch number (ait-cli bulk list shows them)</translation>
    </message>
    <message>
        <source>bulk payouts and messages from a CSV file: check, run, resume, status, export, list</source>
        <translation>bulk payouts and messages from a CSV file: check, run, resume, status, export, list</translation>
    </message>
    <message>
        <source>check a file without sending anything (a dry run)</source>
        <translation>check a file without sending anything (a dry run)</translation>
    </message>
    <message>
        <source>pay the points a file lists, from a promotion</source>
        <translation>pay the points a file lists, from a promotion</translation>
    </message>
    <message>
        <source>send a message template to the users a file lists</source>
        <translation>send a message template to the users a file lists</translation>
    </message>
    <message>
        <source>continue a paused, stopped or interrupted batch</source>
        <translation>continue a paused, stopped or interrupted batch</translation>
    </message>
    <message>
        <source>a batch&apos;s state and counts</source>
        <translation>a batch&apos;s state and counts</translation>
    </message>
    <message>
        <source>a batch&apos;s rows with their outcome, as CSV</source>
        <translation>a batch&apos;s rows with their outcome, as CSV</translation>
    </message>
    <message>
        <source>the batches in the journal</source>
        <translation>the batches in the journal</translation>
    </message>
    <message>
        <source>Interrupted: pausing (calls in flight finish)…</source>
        <translation>Interrupted: pausing (calls in flight finish)…</translation>
    </message>
    <message>
        <source>The CSV file (UTF-8 or CP949; a header row names the columns).</source>
        <translation>The CSV file (UTF-8 or CP949; a header row names the columns).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Allow a user listed more than once (paced by the per-user limit).</source>
        <translation>Allow a user listed more than once (paced by the per-user limit).</translation>
    </message>
    <message>
        <source>The file&apos;s encoding instead of the detected one: utf-8, cp949 or utf-16.</source>
        <translation>The file&apos;s encoding instead of the detected one: utf-8, cp949 or utf-16.</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>encoding</translation>
    </message>
    <message>
        <source>The separator instead of the detected one: , ; or tab.</source>
        <translation>The separator instead of the detected one: , ; or tab.</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>delimiter</translation>
    </message>
    <message>
        <source>The template&apos;s variables, comma-separated (messages).</source>
        <translation>The template&apos;s variables, comma-separated (messages).</translation>
    </message>
    <message>
        <source>names</source>
        <translation>names</translation>
    </message>
    <message>
        <source>Unknown encoding: %1 (use utf-8, cp949 or utf-16).</source>
        <translation>Unknown encoding: %1 (use utf-8, cp949 or utf-16).</translation>
    </message>
    <message>
        <source>Unknown delimiter: %1 (use , ; or tab).</source>
        <translation>Unknown delimiter: %1 (use , ; or tab).</translation>
    </message>
    <message>
        <source>File: %1 (%2, %3)</source>
        <translation>File: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>tab-separated</translation>
    </message>
    <message>
        <source>separated by %1</source>
        <translation>separated by %1</translation>
    </message>
    <message>
        <source>Rows: %1, distinct users: %2</source>
        <translation>Rows: %1, distinct users: %2</translation>
    </message>
    <message>
        <source>Total: %1 points</source>
        <translation>Total: %1 points</translation>
    </message>
    <message>
        <source>Sent with send-bulk-message, %1 recipients a call</source>
        <translation>Sent with send-bulk-message, %1 recipients a call</translation>
    </message>
    <message>
        <source>Sent one by one (template variables: %1)</source>
        <translation>Sent one by one (template variables: %1)</translation>
    </message>
    <message>
        <source>Estimated duration: %1 min at %2 calls a minute</source>
        <translation>Estimated duration: %1 min at %2 calls a minute</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  line %1: %2</translation>
    </message>
    <message>
        <source>There is no activity journal at %1.</source>
        <translation>There is no activity journal at %1.</translation>
    </message>
    <message>
        <source>The activity journal %1 cannot be read: %2</source>
        <translation>The activity journal %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The activity journal %1 has no bulk runs yet.</source>
        <translation>The activity journal %1 has no bulk runs yet.</translation>
    </message>
    <message>
        <source>Checks a file as a run would, without sending or recording anything: every problem with its line, the totals and the estimated duration. Exit 0 when the file can run, 2 when it has problems.</source>
        <translation>Checks a file as a run would, without sending or recording anything: every problem with its line, the totals and the estimated duration. Exit 0 when the file can run, 2 when it has problems.</translation>
    </message>
    <message>
        <source>payout or message.</source>
        <translation>payout or message.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>The promotion code (payouts).</source>
        <translation>The promotion code (payouts).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>The message template code (messages).</source>
        <translation>The message template code (messages).</translation>
    </message>
    <message>
        <source>payout or message</source>
        <translation>payout or message</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>the CSV file</translation>
    </message>
    <message>
        <source>--kind expects payout or message, not &quot;%1&quot;.</source>
        <translation>--kind expects payout or message, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give --promotion (payouts) or --template (messages), not both.</source>
        <translation>Give --promotion (payouts) or --template (messages), not both.</translation>
    </message>
    <message>
        <source>The identity of profile &quot;%1&quot; cannot be read from the OS keychain: %2</source>
        <translation>The identity of profile &quot;%1&quot; cannot be read from the OS keychain: %2</translation>
    </message>
    <message>
        <source>Checks the file, records the batch and its rows in the activity journal, then pays each row as a single payout does (key recorded before execute-promotion leaves), at the profile&apos;s pace. --confirm-total is the file&apos;s total points, typed to confirm. Ctrl+C pauses; resume with ait-cli bulk resume.</source>
        <translation>Checks the file, records the batch and its rows in the activity journal, then pays each row as a single payout does (key recorded before execute-promotion leaves), at the profile&apos;s pace. --confirm-total is the file&apos;s total points, typed to confirm. Ctrl+C pauses; resume with ait-cli bulk resume.</translation>
    </message>
    <message>
        <source>Checks the file, records the batch and its recipients in the activity journal, then sends, at the profile&apos;s pace. --confirm-total is the number of recipients, typed to confirm. Ctrl+C pauses; resume with ait-cli bulk resume.</source>
        <translation>Checks the file, records the batch and its recipients in the activity journal, then sends, at the profile&apos;s pace. --confirm-total is the number of recipients, typed to confirm. Ctrl+C pauses; resume with ait-cli bulk resume.</translation>
    </message>
    <message>
        <source>The promotion code.</source>
        <translation>The promotion code.</translation>
    </message>
    <message>
        <source>The message template code.</source>
        <translation>The message template code.</translation>
    </message>
    <message>
        <source>The file&apos;s total points, to confirm.</source>
        <translation>The file&apos;s total points, to confirm.</translation>
    </message>
    <message>
        <source>The number of recipients, to confirm.</source>
        <translation>The number of recipients, to confirm.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>the profile to run with</source>
        <translation>the profile to run with</translation>
    </message>
    <message>
        <source>the promotion code</source>
        <translation>the promotion code</translation>
    </message>
    <message>
        <source>the template code</source>
        <translation>the template code</translation>
    </message>
    <message>
        <source>the total you confirm</source>
        <translation>the total you confirm</translation>
    </message>
    <message>
        <source>The total you confirmed (%1) is not the file&apos;s total of %2 points: nothing was sent.</source>
        <translation>The total you confirmed (%1) is not the file&apos;s total of %2 points: nothing was sent.</translation>
    </message>
    <message>
        <source>The number you confirmed (%1) is not the file&apos;s %2 recipients: nothing was sent.</source>
        <translation>The number you confirmed (%1) is not the file&apos;s %2 recipients: nothing was sent.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>There is no profile named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>ait-cli profiles list shows the profiles; ait-cli import makes one.</source>
        <translation>ait-cli profiles list shows the profiles; ait-cli import makes one.</translation>
    </message>
    <message>
        <source>Continues a batch: rows an earlier run left sent or unknown are asked about first (with the same key) while the rest run. For messages whose answer was lost, say what to do with them.</source>
        <translation>Continues a batch: rows an earlier run left sent or unknown are asked about first (with the same key) while the rest run. For messages whose answer was lost, say what to do with them.</translation>
    </message>
    <message>
        <source>The batch number.</source>
        <translation>The batch number.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Send the messages whose answer was lost again (they may arrive twice).</source>
        <translation>Send the messages whose answer was lost again (they may arrive twice).</translation>
    </message>
    <message>
        <source>Record the messages whose answer was lost as sent.</source>
        <translation>Record the messages whose answer was lost as sent.</translation>
    </message>
    <message>
        <source>Record the messages whose answer was lost as not sent.</source>
        <translation>Record the messages whose answer was lost as not sent.</translation>
    </message>
    <message>
        <source>Give one of --send-again, --mark-sent and --mark-not-sent.</source>
        <translation>Give one of --send-again, --mark-sent and --mark-not-sent.</translation>
    </message>
    <message>
        <source>There is no batch %1 in the journal.</source>
        <translation>There is no batch %1 in the journal.</translation>
    </message>
    <message>
        <source>The profile batch %1 was run with (&quot;%2&quot;) no longer exists.</source>
        <translation>The profile batch %1 was run with (&quot;%2&quot;) no longer exists.</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n row(s).</source>
        <translation>
            <numerusform>Batch %1: %n row.</numerusform>
            <numerusform>Batch %1: %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows settled (%3 failed, %4 unknown) · %5 calls a minute · about %6 min left   </source>
        <translation>%1 of %2 rows settled (%3 failed, %4 unknown) · %5 calls a minute · about %6 min left   </translation>
    </message>
    <message numerus="yes">
        <source>The answer for %n message(s) was lost, rows %1. Nobody can look them up: decide with `ait-cli bulk resume --batch %2 --send-again` (they may arrive twice) or `--mark-sent` / `--mark-not-sent`.</source>
        <translation>
            <numerusform>The answer for %n message was lost, row %1. Nobody can look it up: decide with `ait-cli bulk resume --batch %2 --send-again` (it may arrive twice) or `--mark-sent` / `--mark-not-sent`.</numerusform>
            <numerusform>The answer for %n messages was lost, rows %1. Nobody can look them up: decide with `ait-cli bulk resume --batch %2 --send-again` (they may arrive twice) or `--mark-sent` / `--mark-not-sent`.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 %2: %3 succeeded, %4 failed, %5 unknown, %6 not started.</source>
        <translation>Batch %1 %2: %3 succeeded, %4 failed, %5 unknown, %6 not started.</translation>
    </message>
    <message>
        <source>Continue it with: ait-cli bulk resume --batch %1</source>
        <translation>Continue it with: ait-cli bulk resume --batch %1</translation>
    </message>
    <message>
        <source>A batch&apos;s state and how many rows succeeded, failed, are unknown or not started.</source>
        <translation>A batch&apos;s state and how many rows succeeded, failed, are unknown or not started.</translation>
    </message>
    <message>
        <source>Batch %1 (%2 %3, %4) %5: %6 rows, %7 succeeded, %8 failed, %9 unknown, %10 not started.</source>
        <translation>Batch %1 (%2 %3, %4) %5: %6 rows, %7 succeeded, %8 failed, %9 unknown, %10 not started.</translation>
    </message>
    <message>
        <source>Writes a batch&apos;s rows as CSV: row, user, amount, state, key, partner code and the explanation.</source>
        <translation>Writes a batch&apos;s rows as CSV: row, user, amount, state, key, partner code and the explanation.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>The CSV file to write.</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>the CSV file to write</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The batches in the journal, newest first, with their counts.</source>
        <translation>The batches in the journal, newest first, with their counts.</translation>
    </message>
    <message>
        <source>No batches.</source>
        <translation>No batches.</translation>
    </message>
</context>
<context>
    <name>ait::cli::CallCommand</name>
    <message>
        <source>a raw partner call with a profile&apos;s identity, for developers</source>
        <translation>a raw partner call with a profile&apos;s identity, for developers</translation>
    </message>
    <message>
        <source>Makes one partner call with the profile&apos;s certificate, through the same client as every command (TLS, timeouts, read-only profiles refused, redirects never followed) and prints the answer, masked unless --show-secrets. Calls that change something (marked *) are refused unless --allow-change, and are confirmed like any change; refunds, payouts, payments and messages made this way are recorded in the activity journal as the operation they are, before they leave, and an unknown outcome is left for &quot;ait-cli journal reconcile&quot;. Partner endpoints:%1</source>
        <translation>Makes one partner call with the profile&apos;s certificate, through the same client as every command (TLS, timeouts, read-only profiles refused, redirects never followed) and prints the answer, masked unless --show-secrets. Calls that change something (marked *) are refused unless --allow-change, and are confirmed like any change; refunds, payouts, payments and messages made this way are recorded in the activity journal as the operation they are, before they leave, and an unknown outcome is left for &quot;ait-cli journal reconcile&quot;. Partner endpoints:%1</translation>
    </message>
    <message>
        <source>GET or POST, as the endpoint takes it.</source>
        <translation>GET or POST, as the endpoint takes it.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s path, e.g. /api-partner/v1/apps-in-toss/order/get-order-status.</source>
        <translation>The endpoint&apos;s path, e.g. /api-partner/v1/apps-in-toss/order/get-order-status.</translation>
    </message>
    <message>
        <source>The request body: one JSON object.</source>
        <translation>The request body: one JSON object.</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>A request header as NAME:VALUE, e.g. x-toss-user-key:443731103 (repeat it for more).</source>
        <translation>A request header as NAME:VALUE, e.g. x-toss-user-key:443731103 (repeat it for more).</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>Allow a call that changes something (refund, payment, payout, message, unlink, promotion key).</source>
        <translation>Allow a call that changes something (refund, payment, payout, message, unlink, promotion key).</translation>
    </message>
    <message>
        <source>the profile to call with</source>
        <translation>the profile to call with</translation>
    </message>
    <message>
        <source>ait-cli call expects METHOD and PATH, e.g. ait-cli call --profile Sandbox POST /api-partner/v1/apps-in-toss/order/get-order-status.</source>
        <translation>ait-cli call expects METHOD and PATH, e.g. ait-cli call --profile Sandbox POST /api-partner/v1/apps-in-toss/order/get-order-status.</translation>
    </message>
    <message>
        <source>PATH &quot;%1&quot; is not a partner endpoint ait-cli knows: see ait-cli call --help for the list.</source>
        <translation>PATH &quot;%1&quot; is not a partner endpoint ait-cli knows: see ait-cli call --help for the list.</translation>
    </message>
    <message>
        <source>METHOD: %1 takes %2, not %3.</source>
        <translation>METHOD: %1 takes %2, not %3.</translation>
    </message>
    <message>
        <source>--data expects one JSON object, e.g. {&quot;orderId&quot;:&quot;demo-order-purchased&quot;}.</source>
        <translation>--data expects one JSON object, e.g. {&quot;orderId&quot;:&quot;demo-order-purchased&quot;}.</translation>
    </message>
    <message>
        <source>--header expects NAME:VALUE, not &quot;%1&quot;.</source>
        <translation>--header expects NAME:VALUE, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 changes something at the partner: add --allow-change to make this call. Nothing was sent.</source>
        <translation>%1 changes something at the partner: add --allow-change to make this call. Nothing was sent.</translation>
    </message>
    <message>
        <source>%1 %2 → HTTP %3 %4 in %5 ms %6</source>
        <translation>%1 %2 → HTTP %3 %4 in %5 ms %6</translation>
    </message>
    <message>
        <source>Recorded as activity #%1 (%2).</source>
        <translation>Recorded as activity #%1 (%2).</translation>
    </message>
    <message>
        <source>Send %1 %2 with profile &quot;%3&quot;? It changes something at the partner.</source>
        <translation>Send %1 %2 with profile &quot;%3&quot;? It changes something at the partner.</translation>
    </message>
</context>
<context>
    <name>ait::cli::Cli</name>
    <message>
        <source>check a client certificate and key file (exit codes of its own)</source>
        <translation>check a client certificate and key file (exit codes of its own)</translation>
    </message>
    <message>
        <source>check a certificate and store it with its key in the OS keychain (exit codes of its own)</source>
        <translation>check a certificate and store it with its key in the OS keychain (exit codes of its own)</translation>
    </message>
    <message>
        <source>inspect and import keep the exit codes they always had: 0 ready, 1 warning, 2 blocked, 3 unreadable, 4 wrong passphrase, 64 usage; import adds 5 when the keychain refuses and 6 when the profile already has an active certificate and --replace was not given.</source>
        <translation>inspect and import keep the exit codes they always had: 0 ready, 1 warning, 2 blocked, 3 unreadable, 4 wrong passphrase, 64 usage; import adds 5 when the keychain refuses and 6 when the profile already has an active certificate and --replace was not given.</translation>
    </message>
    <message>
        <source>Usage: ait-cli COMMAND [SUBCOMMAND] [OPTIONS]   (ait-cli COMMAND --help for more)</source>
        <translation>Usage: ait-cli COMMAND [SUBCOMMAND] [OPTIONS]   (ait-cli COMMAND --help for more)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>print the version</translation>
    </message>
    <message>
        <source>Every command works with the same profiles, OS keychain identities, activity journal and settings as ait-console, and through the same core: money actions are recorded before they are sent, confirmed on a terminal (or with --yes), refused for read-only profiles, and an unknown outcome is reconciled, never resent. Output is in the system&apos;s language (AIT_LANGUAGE=ko or en overrides it); --json prints one JSON object per result.</source>
        <translation>Every command works with the same profiles, OS keychain identities, activity journal and settings as ait-console, and through the same core: money actions are recorded before they are sent, confirmed on a terminal (or with --yes), refused for read-only profiles, and an unknown outcome is reconciled, never resent. Output is in the system&apos;s language (AIT_LANGUAGE=ko or en overrides it); --json prints one JSON object per result.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ait-cli command.</source>
        <translation>&quot;%1&quot; is not an ait-cli command.</translation>
    </message>
</context>
<context>
    <name>ait::cli::Command</name>
    <message>
        <source>Usage: ait-cli %1 SUBCOMMAND [OPTIONS]   (ait-cli %1 SUBCOMMAND --help for its options)</source>
        <translation>Usage: ait-cli %1 SUBCOMMAND [OPTIONS]   (ait-cli %1 SUBCOMMAND --help for its options)</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Subcommands:</translation>
    </message>
    <message>
        <source>ait-cli %1 needs a subcommand.</source>
        <translation>ait-cli %1 needs a subcommand.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subcommand of ait-cli %2.</source>
        <translation>&quot;%1&quot; is not a subcommand of ait-cli %2.</translation>
    </message>
    <message>
        <source>Interrupted: stopping, and recording in the journal what happened…</source>
        <translation>Interrupted: stopping, and recording in the journal what happened…</translation>
    </message>
    <message>
        <source>Interrupted. Nothing was sent.</source>
        <translation>Interrupted. Nothing was sent.</translation>
    </message>
    <message>
        <source>Toss said: %1</source>
        <translation>Toss said: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is read-only: it can look things up but not refund, pay out or send messages. Nothing was sent.</source>
        <translation>Profile &quot;%1&quot; is read-only: it can look things up but not refund, pay out or send messages. Nothing was sent.</translation>
    </message>
    <message>
        <source>The request may have reached Toss before you stopped it.</source>
        <translation>The request may have reached Toss before you stopped it.</translation>
    </message>
    <message>
        <source>Activity #%1 is left open: a message cannot be looked up. Check whether it arrived, then settle it with &quot;ait-cli journal reconcile %1 --delivered yes|no&quot;. Do not send it again.</source>
        <translation>Activity #%1 is left open: a message cannot be looked up. Check whether it arrived, then settle it with &quot;ait-cli journal reconcile %1 --delivered yes|no&quot;. Do not send it again.</translation>
    </message>
    <message>
        <source>Activity #%1 is left open for reconciliation: run &quot;ait-cli journal reconcile %1&quot; to find out what happened. Do not send it again.</source>
        <translation>Activity #%1 is left open for reconciliation: run &quot;ait-cli journal reconcile %1&quot; to find out what happened. Do not send it again.</translation>
    </message>
    <message>
        <source>%1 won</source>
        <translation>%1 won</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>Give --journal PATH or --team, not both.</source>
        <translation>Give --journal PATH or --team, not both.</translation>
    </message>
</context>
<context>
    <name>ait::cli::CommandLine</name>
    <message>
        <source>Profile whose certificate (from the OS keychain) makes the call.</source>
        <translation>Profile whose certificate (from the OS keychain) makes the call.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Print each result as one JSON object per line (stable keys, no colour).</source>
        <translation>Print each result as one JSON object per line (stable keys, no colour).</translation>
    </message>
    <message>
        <source>Show tokens, decrypted personal fields and promotion keys instead of masking them.</source>
        <translation>Show tokens, decrypted personal fields and promotion keys instead of masking them.</translation>
    </message>
    <message>
        <source>Activity journal to use instead of the console&apos;s (an SQLite file).</source>
        <translation>Activity journal to use instead of the console&apos;s (an SQLite file).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Confirm without asking (needed when there is no terminal to ask on).</source>
        <translation>Confirm without asking (needed when there is no terminal to ask on).</translation>
    </message>
    <message>
        <source>Usage: ait-cli %1 (--help for more)</source>
        <translation>Usage: ait-cli %1 (--help for more)</translation>
    </message>
    <message>
        <source>Usage: ait-cli %1</source>
        <translation>Usage: ait-cli %1</translation>
    </message>
    <message>
        <source>--%1 is required: %2.</source>
        <translation>--%1 is required: %2.</translation>
    </message>
    <message>
        <source>--%1 expects %2 (a positive whole number), not &quot;%3&quot;.</source>
        <translation>--%1 expects %2 (a positive whole number), not &quot;%3&quot;.</translation>
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
        <translation>Exit codes (the same for every command but inspect and import):
  0    done
  2    bad usage or input: nothing was sent
  3    not confirmed (no terminal and no --yes, a typed amount that did not match, a change
       without --allow-change): nothing was sent
  4    the partner refused: nothing was applied
  5    keychain, profile (missing, no certificate, read-only) or journal problem: nothing was sent
  6    outcome unknown, or an operation on the same target is still open: reconcile it
       (ait-cli journal reconcile ID); never send it again blindly
  7    network or TLS failure before anything could be applied
  130  interrupted (Ctrl+C) before anything was sent</translation>
    </message>
    <message>
        <source>Use the team journal (the PostgreSQL database set in ait-console, Settings → Journal); the default when the console is set to it.</source>
        <translation>Use the team journal (the PostgreSQL database set in ait-console, Settings → Journal); the default when the console is set to it.</translation>
    </message>
</context>
<context>
    <name>ait::cli::Confirmation</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>Not confirmed. Nothing was sent.</source>
        <translation>Not confirmed. Nothing was sent.</translation>
    </message>
    <message>
        <source>There is no terminal to confirm on: add --yes to confirm. Nothing was sent.</source>
        <translation>There is no terminal to confirm on: add --yes to confirm. Nothing was sent.</translation>
    </message>
    <message>
        <source>The amount must be confirmed: add --confirm-amount %1 (or run it on a terminal to type it). Nothing was sent.</source>
        <translation>The amount must be confirmed: add --confirm-amount %1 (or run it on a terminal to type it). Nothing was sent.</translation>
    </message>
    <message>
        <source>The confirmed amount does not match %1. Nothing was sent.</source>
        <translation>The confirmed amount does not match %1. Nothing was sent.</translation>
    </message>
    <message>
        <source>Go on anyway?</source>
        <translation>Go on anyway?</translation>
    </message>
    <message>
        <source>Another operator settled this lately (see above) and there is no terminal to ask on: add --despite-recent to go on anyway. Nothing was sent.</source>
        <translation>Another operator settled this lately (see above) and there is no terminal to ask on: add --despite-recent to go on anyway. Nothing was sent.</translation>
    </message>
</context>
<context>
    <name>ait::cli::IapCommand</name>
    <message>
        <source>look an in-app purchase order up</source>
        <translation>look an in-app purchase order up</translation>
    </message>
    <message>
        <source>an order&apos;s status (get-order-status), with what it means</source>
        <translation>an order&apos;s status (get-order-status), with what it means</translation>
    </message>
    <message>
        <source>Looks an in-app purchase order up (get-order-status) and says what its status means; the two official readings of PURCHASED and PAYMENT_COMPLETED are both given.</source>
        <translation>Looks an in-app purchase order up (get-order-status) and says what its status means; the two official readings of PURCHASED and PAYMENT_COMPLETED are both given.</translation>
    </message>
    <message>
        <source>The order&apos;s orderId.</source>
        <translation>The order&apos;s orderId.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The buyer&apos;s userKey, when known.</source>
        <translation>The buyer&apos;s userKey, when known.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>the profile to call with</source>
        <translation>the profile to call with</translation>
    </message>
    <message>
        <source>the orderId of the order to look up</source>
        <translation>the orderId of the order to look up</translation>
    </message>
    <message>
        <source>the buyer&apos;s userKey</source>
        <translation>the buyer&apos;s userKey</translation>
    </message>
    <message>
        <source>Order %1: %2
  SKU %3 · determined %4
  Partner&apos;s words: %5
%6</source>
        <translation>Order %1: %2
  SKU %3 · determined %4
  Partner&apos;s words: %5
%6</translation>
    </message>
</context>
<context>
    <name>ait::cli::IdentityOptions</name>
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
        <source>The passphrase file %1 cannot be read.</source>
        <translation>The passphrase file %1 cannot be read.</translation>
    </message>
</context>
<context>
    <name>ait::cli::ImportCommand</name>
    <message>
        <source>Checks a client certificate and stores it, with its key, in the OS keychain.</source>
        <translation>Checks a client certificate and stores it, with its key, in the OS keychain.</translation>
    </message>
    <message>
        <source>Profile to store into (created when missing).</source>
        <translation>Profile to store into (created when missing).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Certificate, PEM bundle or PKCS#12 (.p12/.pfx) file.</source>
        <translation>Certificate, PEM bundle or PKCS#12 (.p12/.pfx) file.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Make the new identity the active one even when the profile already has one.</source>
        <translation>Make the new identity the active one even when the profile already has one.</translation>
    </message>
    <message>
        <source>Environment of a new profile: live, sandbox or custom (default: live).</source>
        <translation>Environment of a new profile: live, sandbox or custom (default: live).</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>environment</translation>
    </message>
    <message>
        <source>Usage: ait-cli import --profile NAME --cert FILE [--key FILE] [--passphrase-file FILE] [--replace] [--environment live|sandbox|custom]</source>
        <translation>Usage: ait-cli import --profile NAME --cert FILE [--key FILE] [--passphrase-file FILE] [--replace] [--environment live|sandbox|custom]</translation>
    </message>
    <message>
        <source>No private key was found: give the key file with --key.</source>
        <translation>No private key was found: give the key file with --key.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; already has an active identity (%2, valid until %3). Add --replace to make the new certificate the active one; the old one stays available for rotation.</source>
        <translation>Profile &quot;%1&quot; already has an active identity (%2, valid until %3). Add --replace to make the new certificate the active one; the old one stays available for rotation.</translation>
    </message>
    <message>
        <source>The OS keychain refused to store the identity: %1</source>
        <translation>The OS keychain refused to store the identity: %1</translation>
    </message>
    <message>
        <source>Stored in profile &quot;%1&quot; as the active identity.</source>
        <translation>Stored in profile &quot;%1&quot; as the active identity.</translation>
    </message>
    <message>
        <source>The private key now lives in the OS keychain. Delete the original key file or lock it away.</source>
        <translation>The private key now lives in the OS keychain. Delete the original key file or lock it away.</translation>
    </message>
    <message>
        <source>The key file is inside a Git working tree: make sure it was never committed.</source>
        <translation>The key file is inside a Git working tree: make sure it was never committed.</translation>
    </message>
    <message>
        <source>Apps API base URL of the profile (https).</source>
        <translation>Apps API base URL of the profile (https).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Pay API base URL of the profile (https).</source>
        <translation>Pay API base URL of the profile (https).</translation>
    </message>
    <message>
        <source>CA certificate (PEM) a sandbox or custom profile trusts.</source>
        <translation>CA certificate (PEM) a sandbox or custom profile trusts.</translation>
    </message>
    <message>
        <source>File with the login decryption key (base64).</source>
        <translation>File with the login decryption key (base64).</translation>
    </message>
    <message>
        <source>File with the login AAD.</source>
        <translation>File with the login AAD.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>Give --decryption-key-file and --aad-file together.</source>
        <translation>Give --decryption-key-file and --aad-file together.</translation>
    </message>
    <message>
        <source>The API URLs must start with https://.</source>
        <translation>The API URLs must start with https://.</translation>
    </message>
</context>
<context>
    <name>ait::cli::InspectCommand</name>
    <message>
        <source>Checks a client certificate (and its key) for use with Apps in Toss.</source>
        <translation>Checks a client certificate (and its key) for use with Apps in Toss.</translation>
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
</context>
<context>
    <name>ait::cli::JournalCommand</name>
    <message>
        <source>the activity journal: list, show, reconcile and export operations</source>
        <translation>the activity journal: list, show, reconcile and export operations</translation>
    </message>
    <message>
        <source>operations, newest first, with filters</source>
        <translation>operations, newest first, with filters</translation>
    </message>
    <message>
        <source>one operation in full</source>
        <translation>one operation in full</translation>
    </message>
    <message>
        <source>find out what happened to an open operation, and settle it</source>
        <translation>find out what happened to an open operation, and settle it</translation>
    </message>
    <message>
        <source>write operations to a CSV (or JSON lines) file</source>
        <translation>write operations to a CSV (or JSON lines) file</translation>
    </message>
    <message>
        <source>Writes the operations (all, or those the filters keep) to FILE: CSV with the same columns as the console&apos;s Activity export (UTF-8 with BOM), or JSON lines with the keys of journal list --json.</source>
        <translation>Writes the operations (all, or those the filters keep) to FILE: CSV with the same columns as the console&apos;s Activity export (UTF-8 with BOM), or JSON lines with the keys of journal list --json.</translation>
    </message>
    <message>
        <source>Lists the operations in the activity journal, newest first.</source>
        <translation>Lists the operations in the activity journal, newest first.</translation>
    </message>
    <message>
        <source>Only this state: intent, sent, succeeded, failed, unknown or reconciled.</source>
        <translation>Only this state: intent, sent, succeeded, failed, unknown or reconciled.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>Only this kind: refund, payout, message or test-payment.</source>
        <translation>Only this kind: refund, payout, message or test-payment.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>Only operations made at or after this date (2026-12-01) or time (2026-12-01T09:00).</source>
        <translation>Only operations made at or after this date (2026-12-01) or time (2026-12-01T09:00).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Only operations made at or before this date or time.</source>
        <translation>Only operations made at or before this date or time.</translation>
    </message>
    <message>
        <source>Only operations for this userKey.</source>
        <translation>Only operations for this userKey.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Only operations made with this profile.</source>
        <translation>Only operations made with this profile.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Only open operations (intent, sent or unknown): what needs reconciling.</source>
        <translation>Only open operations (intent, sent or unknown): what needs reconciling.</translation>
    </message>
    <message>
        <source>At most this many operations.</source>
        <translation>At most this many operations.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>csv (default) or json (one object per line).</source>
        <translation>csv (default) or json (one object per line).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>--state expects intent, sent, succeeded, failed, unknown or reconciled, not &quot;%1&quot;.</source>
        <translation>--state expects intent, sent, succeeded, failed, unknown or reconciled, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--kind expects refund, payout, message or test-payment, not &quot;%1&quot;.</source>
        <translation>--kind expects refund, payout, message or test-payment, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 expects a date (2026-12-01) or a date and time (2026-12-01T09:00), not &quot;%2&quot;.</source>
        <translation>--%1 expects a date (2026-12-01) or a date and time (2026-12-01T09:00), not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>a userKey</source>
        <translation>a userKey</translation>
    </message>
    <message>
        <source>how many operations at most</source>
        <translation>how many operations at most</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>the file to write</translation>
    </message>
    <message>
        <source>--format expects csv or json, not &quot;%1&quot;.</source>
        <translation>--format expects csv or json, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--out: the file %1 cannot be written: %2</source>
        <translation>--out: the file %1 cannot be written: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n operation(s) to %1.</source>
        <translation>
            <numerusform>Exported %n operation to %1.</numerusform>
            <numerusform>Exported %n operations to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No operations.</source>
        <translation>No operations.</translation>
    </message>
    <message>
        <source>Shows one operation of the activity journal in full.</source>
        <translation>Shows one operation of the activity journal in full.</translation>
    </message>
    <message>
        <source>The operation&apos;s number (#ID).</source>
        <translation>The operation&apos;s number (#ID).</translation>
    </message>
    <message>
        <source>ait-cli journal show expects one operation number, e.g. ait-cli journal show 12.</source>
        <translation>ait-cli journal show expects one operation number, e.g. ait-cli journal show 12.</translation>
    </message>
    <message>
        <source>There is no operation #%1 in the journal.</source>
        <translation>There is no operation #%1 in the journal.</translation>
    </message>
    <message>
        <source>Operation #%1: %2, %3</source>
        <translation>Operation #%1: %2, %3</translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>Applied:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Updated:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operator:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Idempotency handle:</source>
        <translation>Idempotency handle:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Test:</translation>
    </message>
    <message>
        <source>Partner code:</source>
        <translation>Partner code:</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Response:</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Batch:</translation>
    </message>
    <message>
        <source>Finds out what happened to an open operation and settles it in the journal, never by sending it again: a refund or test payment by looking the payment up, a payout by asking for the result of the same promotion key. A message cannot be looked up: check with the user, then record it with --delivered yes or no. Uses the profile the operation was made with. Exit 0 when settled, 6 while the outcome is still unknown.</source>
        <translation>Finds out what happened to an open operation and settles it in the journal, never by sending it again: a refund or test payment by looking the payment up, a payout by asking for the result of the same promotion key. A message cannot be looked up: check with the user, then record it with --delivered yes or no. Uses the profile the operation was made with. Exit 0 when settled, 6 while the outcome is still unknown.</translation>
    </message>
    <message>
        <source>For a message: yes if it arrived, no if it did not.</source>
        <translation>For a message: yes if it arrived, no if it did not.</translation>
    </message>
    <message>
        <source>ait-cli journal reconcile expects one operation number, e.g. ait-cli journal reconcile 12.</source>
        <translation>ait-cli journal reconcile expects one operation number, e.g. ait-cli journal reconcile 12.</translation>
    </message>
    <message>
        <source>--delivered expects yes or no, not &quot;%1&quot;.</source>
        <translation>--delivered expects yes or no, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Operation #%1 is already settled (%2): nothing to reconcile.</source>
        <translation>Operation #%1 is already settled (%2): nothing to reconcile.</translation>
    </message>
    <message>
        <source>A message cannot be looked up afterwards: check whether user %1 received it, then give --delivered yes or --delivered no.</source>
        <translation>A message cannot be looked up afterwards: check whether user %1 received it, then give --delivered yes or --delivered no.</translation>
    </message>
    <message>
        <source>The journal could not record it.</source>
        <translation>The journal could not record it.</translation>
    </message>
    <message>
        <source>--delivered is only for messages; operation #%1 is a %2.</source>
        <translation>--delivered is only for messages; operation #%1 is a %2.</translation>
    </message>
    <message>
        <source>Looking up what happened to operation #%1 with profile &quot;%2&quot;…</source>
        <translation>Looking up what happened to operation #%1 with profile &quot;%2&quot;…</translation>
    </message>
    <message>
        <source>Reconciled #%1: it was applied (once). It will not be sent again.</source>
        <translation>Reconciled #%1: it was applied (once). It will not be sent again.</translation>
    </message>
    <message>
        <source>Reconciled #%1: it was not applied.</source>
        <translation>Reconciled #%1: it was not applied.</translation>
    </message>
    <message>
        <source>Could not settle #%1 yet; it stays open. Try again later.</source>
        <translation>Could not settle #%1 yet; it stays open. Try again later.</translation>
    </message>
    <message>
        <source>check that no recorded change was edited, deleted or reordered</source>
        <translation>check that no recorded change was edited, deleted or reordered</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>Checks the journal&apos;s audit trail: every change is an event whose digest covers the event before it, and every operation and batch must be as its last event left it. Names the first place where something was edited, deleted or reordered. Exit 0 when the trail holds, 5 when it does not.</source>
        <translation>Checks the journal&apos;s audit trail: every change is an event whose digest covers the event before it, and every operation and batch must be as its last event left it. Names the first place where something was edited, deleted or reordered. Exit 0 when the trail holds, 5 when it does not.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail holds: %n event(s), each following the one before; every operation and batch is as its last event left it.</source>
        <translation>
            <numerusform>The audit trail holds: %n event, following the one before; every operation and batch is as its last event left it.</numerusform>
            <numerusform>The audit trail holds: %n events, each following the one before; every operation and batch is as its last event left it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken at event #%1 (%2): an event was edited, deleted or moved.</source>
        <translation>The audit trail is broken at event #%1 (%2): an event was edited, deleted or moved.</translation>
    </message>
    <message>
        <source>Batch #%1 is not as its last event left it (%2): the journal was edited outside ait-console.</source>
        <translation>Batch #%1 is not as its last event left it (%2): the journal was edited outside ait-console.</translation>
    </message>
    <message>
        <source>Operation #%1 is not as its last event left it (%2): the journal was edited outside ait-console.</source>
        <translation>Operation #%1 is not as its last event left it (%2): the journal was edited outside ait-console.</translation>
    </message>
    <message>
        <source>The audit trail could not be checked: %1</source>
        <translation>The audit trail could not be checked: %1</translation>
    </message>
    <message>
        <source>Approval #%1 is not as its last event left it (%2): the journal was edited outside ait-console.</source>
        <translation>Approval #%1 is not as its last event left it (%2): the journal was edited outside ait-console.</translation>
    </message>
</context>
<context>
    <name>ait::cli::LoginCommand</name>
    <message>
        <source>Toss login: exchange a code for tokens, refresh them, read login-me, unlink</source>
        <translation>Toss login: exchange a code for tokens, refresh them, read login-me, unlink</translation>
    </message>
    <message>
        <source>exchange an authorization code for tokens (generate-token)</source>
        <translation>exchange an authorization code for tokens (generate-token)</translation>
    </message>
    <message>
        <source>new tokens for a refresh token (refresh-token)</source>
        <translation>new tokens for a refresh token (refresh-token)</translation>
    </message>
    <message>
        <source>the user behind an access token, personal fields decrypted (login-me)</source>
        <translation>the user behind an access token, personal fields decrypted (login-me)</translation>
    </message>
    <message>
        <source>unlink a login by access token or by user key</source>
        <translation>unlink a login by access token or by user key</translation>
    </message>
    <message>
        <source>--%1: the file %2 cannot be read.</source>
        <translation>--%1: the file %2 cannot be read.</translation>
    </message>
    <message>
        <source>The token is missing: give --%1 FILE (or - for standard input), or set %2. Tokens are never taken from the command line, where other users of the computer could see them.</source>
        <translation>The token is missing: give --%1 FILE (or - for standard input), or set %2. Tokens are never taken from the command line, where other users of the computer could see them.</translation>
    </message>
    <message>
        <source>Access token:  %1 (expires in %2 s)
Refresh token: %3
Scope: %4</source>
        <translation>Access token:  %1 (expires in %2 s)
Refresh token: %3
Scope: %4</translation>
    </message>
    <message>
        <source>Tokens are masked: add --show-secrets to print them.</source>
        <translation>Tokens are masked: add --show-secrets to print them.</translation>
    </message>
    <message>
        <source>Gets new tokens for a refresh token (refresh-token). The refresh token is read from --refresh-token-file (- for standard input) or AIT_REFRESH_TOKEN. Tokens are printed masked unless --show-secrets.</source>
        <translation>Gets new tokens for a refresh token (refresh-token). The refresh token is read from --refresh-token-file (- for standard input) or AIT_REFRESH_TOKEN. Tokens are printed masked unless --show-secrets.</translation>
    </message>
    <message>
        <source>Exchanges an authorization code from appLogin() for tokens (generate-token). The code works once. Tokens are printed masked unless --show-secrets.</source>
        <translation>Exchanges an authorization code from appLogin() for tokens (generate-token). The code works once. Tokens are printed masked unless --show-secrets.</translation>
    </message>
    <message>
        <source>File whose first line is the refresh token (- for standard input).</source>
        <translation>File whose first line is the refresh token (- for standard input).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The authorization code (single use, valid 10 minutes).</source>
        <translation>The authorization code (single use, valid 10 minutes).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>The referrer from appLogin(), exactly as received (DEFAULT or sandbox).</source>
        <translation>The referrer from appLogin(), exactly as received (DEFAULT or sandbox).</translation>
    </message>
    <message>
        <source>referrer</source>
        <translation>referrer</translation>
    </message>
    <message>
        <source>the profile to call with</source>
        <translation>the profile to call with</translation>
    </message>
    <message>
        <source>the authorization code from appLogin()</source>
        <translation>the authorization code from appLogin()</translation>
    </message>
    <message>
        <source>--referrer is required: the referrer from appLogin(), exactly as received.</source>
        <translation>--referrer is required: the referrer from appLogin(), exactly as received.</translation>
    </message>
    <message>
        <source>Reads the user behind an access token (login-me). The token is read from --access-token-file (- for standard input) or AIT_ACCESS_TOKEN. Personal fields are decrypted with the profile&apos;s key from the OS keychain only with --show-secrets; otherwise they are listed, masked.</source>
        <translation>Reads the user behind an access token (login-me). The token is read from --access-token-file (- for standard input) or AIT_ACCESS_TOKEN. Personal fields are decrypted with the profile&apos;s key from the OS keychain only with --show-secrets; otherwise they are listed, masked.</translation>
    </message>
    <message>
        <source>File whose first line is the access token (- for standard input).</source>
        <translation>File whose first line is the access token (- for standard input).</translation>
    </message>
    <message>
        <source>userKey %1 · scope %2 · agreed terms: %3</source>
        <translation>userKey %1 · scope %2 · agreed terms: %3</translation>
    </message>
    <message>
        <source>Personal fields are masked: add --show-secrets to decrypt them.</source>
        <translation>Personal fields are masked: add --show-secrets to decrypt them.</translation>
    </message>
    <message>
        <source>The personal fields stay encrypted: no decryption key is stored for this profile (ait-cli import --decryption-key-file FILE --aad-file FILE).</source>
        <translation>The personal fields stay encrypted: no decryption key is stored for this profile (ait-cli import --decryption-key-file FILE --aad-file FILE).</translation>
    </message>
    <message>
        <source>Unlinks a Toss login: by access token (remove-by-access-token, from --access-token-file or AIT_ACCESS_TOKEN) or for every login of a user (remove-by-user-key, --user-key). The user&apos;s tokens stop working. Confirmed on the terminal, or with --yes.</source>
        <translation>Unlinks a Toss login: by access token (remove-by-access-token, from --access-token-file or AIT_ACCESS_TOKEN) or for every login of a user (remove-by-user-key, --user-key). The user&apos;s tokens stop working. Confirmed on the terminal, or with --yes.</translation>
    </message>
    <message>
        <source>Unlink every login of this userKey instead.</source>
        <translation>Unlink every login of this userKey instead.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>the user&apos;s userKey</source>
        <translation>the user&apos;s userKey</translation>
    </message>
    <message>
        <source>Give --user-key or --access-token-file, not both.</source>
        <translation>Give --user-key or --access-token-file, not both.</translation>
    </message>
    <message>
        <source>Unlink user %1 from this service? All of the user&apos;s tokens stop working.</source>
        <translation>Unlink user %1 from this service? All of the user&apos;s tokens stop working.</translation>
    </message>
    <message>
        <source>Unlink this Toss login? The user&apos;s tokens stop working and the user must log in again.</source>
        <translation>Unlink this Toss login? The user&apos;s tokens stop working and the user must log in again.</translation>
    </message>
    <message>
        <source>Unlinked user %1.</source>
        <translation>Unlinked user %1.</translation>
    </message>
</context>
<context>
    <name>ait::cli::MessagesCommand</name>
    <message>
        <source>send a smart message (or a test message) to a user</source>
        <translation>send a smart message (or a test message) to a user</translation>
    </message>
    <message>
        <source>send-message, or send-test-message with --test</source>
        <translation>send-message, or send-test-message with --test</translation>
    </message>
    <message>
        <source>Sends a functional message from a template set to one user. The intent is recorded in the activity journal before the request leaves. A real message is confirmed on the terminal (or with --yes); test messages (--test) are not. A message whose answer is lost cannot be looked up: it stays open in the journal until someone checks and settles it (ait-cli journal reconcile ID --delivered yes|no); it is never resent.</source>
        <translation>Sends a functional message from a template set to one user. The intent is recorded in the activity journal before the request leaves. A real message is confirmed on the terminal (or with --yes); test messages (--test) are not. A message whose answer is lost cannot be looked up: it stays open in the journal until someone checks and settles it (ait-cli journal reconcile ID --delivered yes|no); it is never resent.</translation>
    </message>
    <message>
        <source>The template set code from the console&apos;s functional campaign.</source>
        <translation>The template set code from the console&apos;s functional campaign.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>The recipient&apos;s userKey.</source>
        <translation>The recipient&apos;s userKey.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>The template variables as one JSON object, e.g. {&quot;name&quot;:&quot;홍길동&quot;}.</source>
        <translation>The template variables as one JSON object, e.g. {&quot;name&quot;:&quot;홍길동&quot;}.</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>One template variable as NAME=VALUE (repeat it for more).</source>
        <translation>One template variable as NAME=VALUE (repeat it for more).</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>name=value</translation>
    </message>
    <message>
        <source>Send a test message (send-test-message) to the deployment.</source>
        <translation>Send a test message (send-test-message) to the deployment.</translation>
    </message>
    <message>
        <source>The deployment ID a test message goes to.</source>
        <translation>The deployment ID a test message goes to.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>the profile to send with</source>
        <translation>the profile to send with</translation>
    </message>
    <message>
        <source>the template set code</source>
        <translation>the template set code</translation>
    </message>
    <message>
        <source>the recipient&apos;s userKey</source>
        <translation>the recipient&apos;s userKey</translation>
    </message>
    <message>
        <source>Give the variables with --context or with --var, not both.</source>
        <translation>Give the variables with --context or with --var, not both.</translation>
    </message>
    <message>
        <source>--context expects one JSON object, e.g. {&quot;name&quot;:&quot;홍길동&quot;}.</source>
        <translation>--context expects one JSON object, e.g. {&quot;name&quot;:&quot;홍길동&quot;}.</translation>
    </message>
    <message>
        <source>--var expects NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--var expects NAME=VALUE, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--var gives &quot;%1&quot; twice.</source>
        <translation>--var gives &quot;%1&quot; twice.</translation>
    </message>
    <message>
        <source>--deployment-id is required with --test: the deployment a test message goes to.</source>
        <translation>--deployment-id is required with --test: the deployment a test message goes to.</translation>
    </message>
    <message>
        <source>--deployment-id is only for test messages: add --test.</source>
        <translation>--deployment-id is only for test messages: add --test.</translation>
    </message>
    <message>
        <source>Send the message &quot;%1&quot; to user %2? It reaches the user&apos;s phone and cannot be taken back.</source>
        <translation>Send the message &quot;%1&quot; to user %2? It reaches the user&apos;s phone and cannot be taken back.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>%1 — push %2 · inbox %3 · SMS %4 · Alimtalk %5 · Friendtalk %6. Activity #%7.</source>
        <translation>%1 — push %2 · inbox %3 · SMS %4 · Alimtalk %5 · Friendtalk %6. Activity #%7.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Accepted but not delivered</source>
        <translation>Accepted but not delivered</translation>
    </message>
    <message>
        <source>  not sent by %1: %2</source>
        <translation>  not sent by %1: %2</translation>
    </message>
</context>
<context>
    <name>ait::cli::PaymentsCommand</name>
    <message>
        <source>%1 won</source>
        <translation>%1 won</translation>
    </message>
    <message>
        <source>Payment %1 (orderNo %2)
  Status:       %3 (%4), %5
  Amount:       %6 · paid %7 · refundable now %8
  Created:      %9 · paid %10</source>
        <translation>Payment %1 (orderNo %2)
  Status:       %3 (%4), %5
  Amount:       %6 · paid %7 · refundable now %8
  Created:      %9 · paid %10</translation>
    </message>
    <message>
        <source>  Transaction:  %1 %2 (%3, %4)</source>
        <translation>  Transaction:  %1 %2 (%3, %4)</translation>
    </message>
    <message>
        <source>look a Toss Pay payment up, refund it, or make a test payment</source>
        <translation>look a Toss Pay payment up, refund it, or make a test payment</translation>
    </message>
    <message>
        <source>look a payment up (get-payment-status)</source>
        <translation>look a payment up (get-payment-status)</translation>
    </message>
    <message>
        <source>refund what is left of a payment, after a fresh lookup and a confirmation</source>
        <translation>refund what is left of a payment, after a fresh lookup and a confirmation</translation>
    </message>
    <message>
        <source>make a test payment (make-payment + execute-payment, isTestPayment)</source>
        <translation>make a test payment (make-payment + execute-payment, isTestPayment)</translation>
    </message>
    <message>
        <source>The payment is a test payment (isTestPayment true).</source>
        <translation>The payment is a test payment (isTestPayment true).</translation>
    </message>
    <message>
        <source>The payment is a real one (isTestPayment false). Default: the profile&apos;s setting; sandbox profiles use test payments.</source>
        <translation>The payment is a real one (isTestPayment false). Default: the profile&apos;s setting; sandbox profiles use test payments.</translation>
    </message>
    <message>
        <source>Looks a Toss Pay payment up (get-payment-status) and prints its status, amounts and transactions.</source>
        <translation>Looks a Toss Pay payment up (get-payment-status) and prints its status, amounts and transactions.</translation>
    </message>
    <message>
        <source>The buyer&apos;s userKey.</source>
        <translation>The buyer&apos;s userKey.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>The payment&apos;s payToken.</source>
        <translation>The payment&apos;s payToken.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>The payment&apos;s orderNo.</source>
        <translation>The payment&apos;s orderNo.</translation>
    </message>
    <message>
        <source>orderNo</source>
        <translation>orderNo</translation>
    </message>
    <message>
        <source>the profile to call with</source>
        <translation>the profile to call with</translation>
    </message>
    <message>
        <source>the buyer&apos;s userKey</source>
        <translation>the buyer&apos;s userKey</translation>
    </message>
    <message>
        <source>Give --pay-token or --order-no (or both): which payment to look up.</source>
        <translation>Give --pay-token or --order-no (or both): which payment to look up.</translation>
    </message>
    <message>
        <source>Give --test-payment or --live-payment, not both.</source>
        <translation>Give --test-payment or --live-payment, not both.</translation>
    </message>
    <message>
        <source>Why (1–55 characters: Korean, letters, digits, spaces and _ - : . ^ @ ( ) [ ] # / ! % ? &amp;).</source>
        <translation>Why (1–55 characters: Korean, letters, digits, spaces and _ - : . ^ @ ( ) [ ] # / ! % ? &amp;).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>The refundable amount, to confirm a large refund without a terminal; must match.</source>
        <translation>The refundable amount, to confirm a large refund without a terminal; must match.</translation>
    </message>
    <message>
        <source>won</source>
        <translation>won</translation>
    </message>
    <message>
        <source>the payToken of the payment to refund</source>
        <translation>the payToken of the payment to refund</translation>
    </message>
    <message>
        <source>--reason expects 1 to 55 characters: Korean, letters, digits, spaces and _ - : . ^ @ ( ) [ ] # / ! % ? &amp;.</source>
        <translation>--reason expects 1 to 55 characters: Korean, letters, digits, spaces and _ - : . ^ @ ( ) [ ] # / ! % ? &amp;.</translation>
    </message>
    <message>
        <source>the amount in won</source>
        <translation>the amount in won</translation>
    </message>
    <message>
        <source>A refund of this payment is already in progress or its outcome is unknown.</source>
        <translation>A refund of this payment is already in progress or its outcome is unknown.</translation>
    </message>
    <message>
        <source>Looking the payment up again before the refund…</source>
        <translation>Looking the payment up again before the refund…</translation>
    </message>
    <message>
        <source>Nothing is left to refund on this payment (status %1): Toss would refuse it. Nothing was sent.</source>
        <translation>Nothing is left to refund on this payment (status %1): Toss would refuse it. Nothing was sent.</translation>
    </message>
    <message>
        <source>Refund %1 to user %2 (payToken %3, orderNo %4, reason &quot;%5&quot;)? This cannot be undone.</source>
        <translation>Refund %1 to user %2 (payToken %3, orderNo %4, reason &quot;%5&quot;)? This cannot be undone.</translation>
    </message>
    <message>
        <source>This refund is above %1. Type the amount to refund (%2) to confirm:</source>
        <translation>This refund is above %1. Type the amount to refund (%2) to confirm:</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Refunding…</translation>
    </message>
    <message>
        <source>Refunded %1 (refund number %2). Activity #%3.</source>
        <translation>Refunded %1 (refund number %2). Activity #%3.</translation>
    </message>
    <message>
        <source>Stopped before the refund left. Nothing was sent (activity #%1).</source>
        <translation>Stopped before the refund left. Nothing was sent (activity #%1).</translation>
    </message>
    <message>
        <source>The refund was not made.</source>
        <translation>The refund was not made.</translation>
    </message>
    <message>
        <source>Makes a test payment (make-payment, then execute-payment, both with isTestPayment true) to have something to look up and refund. Recorded in the activity journal like every payment.</source>
        <translation>Makes a test payment (make-payment, then execute-payment, both with isTestPayment true) to have something to look up and refund. Recorded in the activity journal like every payment.</translation>
    </message>
    <message>
        <source>The amount in won.</source>
        <translation>The amount in won.</translation>
    </message>
    <message>
        <source>The orderNo (default: a new test-… number).</source>
        <translation>The orderNo (default: a new test-… number).</translation>
    </message>
    <message>
        <source>The product description (default: &quot;ait-cli test payment&quot;).</source>
        <translation>The product description (default: &quot;ait-cli test payment&quot;).</translation>
    </message>
    <message>
        <source>--order-no expects at most 50 characters.</source>
        <translation>--order-no expects at most 50 characters.</translation>
    </message>
    <message>
        <source>Making a test payment…</source>
        <translation>Making a test payment…</translation>
    </message>
    <message>
        <source>Test payment made: payToken %1, orderNo %2, paid %3. Activity #%4.</source>
        <translation>Test payment made: payToken %1, orderNo %2, paid %3. Activity #%4.</translation>
    </message>
    <message>
        <source>Refunds what is left of a payment (refund-payment). The payment is looked up again first; the refund is confirmed on the terminal from that fresh lookup (or with --yes), and above refunds/typedConfirmationAbove (default 100,000 won) the amount must be typed, or given with --confirm-amount. When another operator refunded this payment in the last 24 hours, the command says who and when and asks first; without a terminal it refuses unless --despite-recent is given (--yes does not cover it). The intent is recorded in the activity journal before the request leaves; an unanswered refund is left open for &quot;ait-cli journal reconcile&quot;, never sent again.</source>
        <translation>Refunds what is left of a payment (refund-payment). The payment is looked up again first; the refund is confirmed on the terminal from that fresh lookup (or with --yes), and above refunds/typedConfirmationAbove (default 100,000 won) the amount must be typed, or given with --confirm-amount. When another operator refunded this payment in the last 24 hours, the command says who and when and asks first; without a terminal it refuses unless --despite-recent is given (--yes does not cover it). The intent is recorded in the activity journal before the request leaves; an unanswered refund is left open for &quot;ait-cli journal reconcile&quot;, never sent again.</translation>
    </message>
    <message>
        <source>Refund even though another operator refunded this payment in the last 24 hours.</source>
        <translation>Refund even though another operator refunded this payment in the last 24 hours.</translation>
    </message>
</context>
<context>
    <name>ait::cli::ProfilesCommand</name>
    <message>
        <source>list the profiles; test a profile&apos;s certificate against the partner API</source>
        <translation>list the profiles; test a profile&apos;s certificate against the partner API</translation>
    </message>
    <message>
        <source>the profiles, their environment and active certificate</source>
        <translation>the profiles, their environment and active certificate</translation>
    </message>
    <message>
        <source>one harmless call, with the handshake evidence</source>
        <translation>one harmless call, with the handshake evidence</translation>
    </message>
    <message>
        <source>Lists the profiles (shared with ait-console) with their environment, hosts and active certificate. Reads only the settings: the keychain is not opened.</source>
        <translation>Lists the profiles (shared with ait-console) with their environment, hosts and active certificate. Reads only the settings: the keychain is not opened.</translation>
    </message>
    <message>
        <source>ait-cli profiles list takes no arguments.</source>
        <translation>ait-cli profiles list takes no arguments.</translation>
    </message>
    <message>
        <source>No profiles yet. ait-cli import --profile NAME --cert FILE --key FILE makes one.</source>
        <translation>No profiles yet. ait-cli import --profile NAME --cert FILE --key FILE makes one.</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message numerus="yes">
        <source>  certificate %1, valid until %2 (%n day(s) left)</source>
        <translation>
            <numerusform>  certificate %1, valid until %2 (%n day left)</numerusform>
            <numerusform>  certificate %1, valid until %2 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>  no certificate</source>
        <translation>  no certificate</translation>
    </message>
    <message>
        <source>  apps %1 · pay %2</source>
        <translation>  apps %1 · pay %2</translation>
    </message>
    <message>
        <source>Loads the profile&apos;s certificate from the OS keychain and makes one harmless call (an IAP order status lookup for an order that does not exist) over a fresh connection. Prints the evidence: the certificate presented and accepted, TLS version and cipher, handshake and call time, the server&apos;s certificate chain. Exit 0 when the partner API answered.</source>
        <translation>Loads the profile&apos;s certificate from the OS keychain and makes one harmless call (an IAP order status lookup for an order that does not exist) over a fresh connection. Prints the evidence: the certificate presented and accepted, TLS version and cipher, handshake and call time, the server&apos;s certificate chain. Exit 0 when the partner API answered.</translation>
    </message>
    <message>
        <source>the profile to test</source>
        <translation>the profile to test</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
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
        <translation>Connection test of profile &quot;%1&quot;: %2
  Certificate presented:  %3 (SHA-256 %4)
  Certificate accepted:   %5
  TLS:                    %6 %7
  Handshake:              %8
  Call:                   %9 ms, HTTP %10, answer %11
  Server:                 %12
  Time:                   %13</translation>
    </message>
    <message>
        <source>%1 ms (new connection)</source>
        <translation>%1 ms (new connection)</translation>
    </message>
    <message>
        <source>connection reused</source>
        <translation>connection reused</translation>
    </message>
    <message>
        <source>The partner API accepted the certificate and answered.</source>
        <translation>The partner API accepted the certificate and answered.</translation>
    </message>
</context>
<context>
    <name>ait::cli::PromotionsCommand</name>
    <message>
        <source>pay Toss points from a promotion; ask for a payout&apos;s result</source>
        <translation>pay Toss points from a promotion; ask for a payout&apos;s result</translation>
    </message>
    <message>
        <source>pay points to a user (get-key → execute-promotion → execution-result)</source>
        <translation>pay points to a user (get-key → execute-promotion → execution-result)</translation>
    </message>
    <message>
        <source>the result of a payout made with a key (execution-result)</source>
        <translation>the result of a payout made with a key (execution-result)</translation>
    </message>
    <message>
        <source>The promotion code (letters, digits, _ and -).</source>
        <translation>The promotion code (letters, digits, _ and -).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>The user&apos;s userKey.</source>
        <translation>The user&apos;s userKey.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Points to pay.</source>
        <translation>Points to pay.</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>The amount again, to confirm a large payout without a terminal; must match.</source>
        <translation>The amount again, to confirm a large payout without a terminal; must match.</translation>
    </message>
    <message>
        <source>the profile to pay with</source>
        <translation>the profile to pay with</translation>
    </message>
    <message>
        <source>the promotion code</source>
        <translation>the promotion code</translation>
    </message>
    <message>
        <source>--promotion expects a promotion code: 1 to 100 letters, digits, _ and -.</source>
        <translation>--promotion expects a promotion code: 1 to 100 letters, digits, _ and -.</translation>
    </message>
    <message>
        <source>the user&apos;s userKey</source>
        <translation>the user&apos;s userKey</translation>
    </message>
    <message>
        <source>the points to pay</source>
        <translation>the points to pay</translation>
    </message>
    <message>
        <source>--amount is above promotions/maxAmount (%1 points): check for a slipped digit.</source>
        <translation>--amount is above promotions/maxAmount (%1 points): check for a slipped digit.</translation>
    </message>
    <message>
        <source>A payout to this user from this promotion is already in progress or its outcome is unknown.</source>
        <translation>A payout to this user from this promotion is already in progress or its outcome is unknown.</translation>
    </message>
    <message>
        <source>Make a TEST payout of %1 points to user %2 from promotion %3? No real points are paid.</source>
        <translation>Make a TEST payout of %1 points to user %2 from promotion %3? No real points are paid.</translation>
    </message>
    <message>
        <source>Pay %1 Toss points to user %2 from promotion %3? The points come out of the promotion budget and cannot be taken back.</source>
        <translation>Pay %1 Toss points to user %2 from promotion %3? The points come out of the promotion budget and cannot be taken back.</translation>
    </message>
    <message>
        <source>This payout is above %1 points. Type the amount (%2) to confirm:</source>
        <translation>This payout is above %1 points. Type the amount (%2) to confirm:</translation>
    </message>
    <message>
        <source>Getting a promotion key…</source>
        <translation>Getting a promotion key…</translation>
    </message>
    <message>
        <source>Key recorded. Paying…</source>
        <translation>Key recorded. Paying…</translation>
    </message>
    <message>
        <source>Waiting for Toss to confirm (check %1)…</source>
        <translation>Waiting for Toss to confirm (check %1)…</translation>
    </message>
    <message>
        <source>Paid %1 to user %2 from %3: Toss confirmed it (SUCCESS). Activity #%4.</source>
        <translation>Paid %1 to user %2 from %3: Toss confirmed it (SUCCESS). Activity #%4.</translation>
    </message>
    <message>
        <source>Stopped before anything was paid. Nothing was sent (activity #%1).</source>
        <translation>Stopped before anything was paid. Nothing was sent (activity #%1).</translation>
    </message>
    <message>
        <source>Asks Toss for the result of a payout made with a promotion key (execution-result): SUCCESS, PENDING or FAILED. Changes nothing; to settle an open payout in the journal use &quot;ait-cli journal reconcile ID&quot;.</source>
        <translation>Asks Toss for the result of a payout made with a promotion key (execution-result): SUCCESS, PENDING or FAILED. Changes nothing; to settle an open payout in the journal use &quot;ait-cli journal reconcile ID&quot;.</translation>
    </message>
    <message>
        <source>The promotion key the payout was made with.</source>
        <translation>The promotion key the payout was made with.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>the profile to call with</source>
        <translation>the profile to call with</translation>
    </message>
    <message>
        <source>the promotion key of the payout</source>
        <translation>the promotion key of the payout</translation>
    </message>
    <message>
        <source>Payout with key %1 from %2: %3</source>
        <translation>Payout with key %1 from %2: %3</translation>
    </message>
    <message>
        <source>Pays Toss points to one user from a promotion, as the console does: a promotion key is obtained and recorded in the activity journal before execute-promotion leaves, then the result is asked until Toss confirms it. Confirmed on the terminal (or with --yes); real payouts above promotions/typedConfirmationAbove (default 10,000 points) need the amount typed or --confirm-amount. When another operator paid this user from this promotion in the last 24 hours, the command says who and when and asks first; without a terminal it refuses unless --despite-recent is given (--yes does not cover it). A TEST_ code is a test payout: no real points. A payout whose result stays unknown is left open for &quot;ait-cli journal reconcile&quot;, which asks about the same key.</source>
        <translation>Pays Toss points to one user from a promotion, as the console does: a promotion key is obtained and recorded in the activity journal before execute-promotion leaves, then the result is asked until Toss confirms it. Confirmed on the terminal (or with --yes); real payouts above promotions/typedConfirmationAbove (default 10,000 points) need the amount typed or --confirm-amount. When another operator paid this user from this promotion in the last 24 hours, the command says who and when and asks first; without a terminal it refuses unless --despite-recent is given (--yes does not cover it). A TEST_ code is a test payout: no real points. A payout whose result stays unknown is left open for &quot;ait-cli journal reconcile&quot;, which asks about the same key.</translation>
    </message>
    <message>
        <source>Pay even though another operator paid this user from this promotion in the last 24 hours.</source>
        <translation>Pay even though another operator paid this user from this promotion in the last 24 hours.</translation>
    </message>
</context>
<context>
    <name>ait::cli::Workspace</name>
    <message>
        <source>There is no activity journal at %1.</source>
        <translation>There is no activity journal at %1.</translation>
    </message>
    <message>
        <source>The activity journal %1 is damaged (%2); it was moved aside to %3.</source>
        <translation>The activity journal %1 is damaged (%2); it was moved aside to %3.</translation>
    </message>
    <message>
        <source>The activity journal %1 is missing, although this computer had recorded operations in it (up to #%2).</source>
        <translation>The activity journal %1 is missing, although this computer had recorded operations in it (up to #%2).</translation>
    </message>
    <message>
        <source>The activity journal %1 has fewer operations than this computer recorded (%2).</source>
        <translation>The activity journal %1 has fewer operations than this computer recorded (%2).</translation>
    </message>
    <message>
        <source>The activity journal %1 could not be opened: %2.</source>
        <translation>The activity journal %1 could not be opened: %2.</translation>
    </message>
    <message>
        <source>Open ait-console to decide what to do with it; until then nothing can be recorded or sent.</source>
        <translation>Open ait-console to decide what to do with it; until then nothing can be recorded or sent.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>There is no profile named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>ait-cli profiles list shows the profiles; ait-cli import makes one.</source>
        <translation>ait-cli profiles list shows the profiles; ait-cli import makes one.</translation>
    </message>
    <message>
        <source>The profile this operation was made with no longer exists.</source>
        <translation>The profile this operation was made with no longer exists.</translation>
    </message>
    <message>
        <source>Reconcile it in ait-console, or import the profile again under the same name.</source>
        <translation>Reconcile it in ait-console, or import the profile again under the same name.</translation>
    </message>
    <message>
        <source>Import a certificate into the profile: ait-cli import --profile &quot;%1&quot; --cert FILE --key FILE</source>
        <translation>Import a certificate into the profile: ait-cli import --profile &quot;%1&quot; --cert FILE --key FILE</translation>
    </message>
    <message>
        <source>The certificate of profile &quot;%1&quot; could not be loaded from the OS keychain: %2</source>
        <translation>The certificate of profile &quot;%1&quot; could not be loaded from the OS keychain: %2</translation>
    </message>
    <message>
        <source>Nothing was recorded or sent; ait-cli does not use this computer&apos;s journal instead.</source>
        <translation>Nothing was recorded or sent; ait-cli does not use this computer&apos;s journal instead.</translation>
    </message>
    <message>
        <source>The team journal is not set up: %1 Set it in ait-console, Settings → Journal.</source>
        <translation>The team journal is not set up: %1 Set it in ait-console, Settings → Journal.</translation>
    </message>
    <message>
        <source>The team journal&apos;s password could not be read from the OS keychain: %1</source>
        <translation>The team journal&apos;s password could not be read from the OS keychain: %1</translation>
    </message>
    <message>
        <source>The team journal (%1) cannot be reached. %2</source>
        <translation>The team journal (%1) cannot be reached. %2</translation>
    </message>
</context>
<context>
    <name>ait::gui::ActivityTab</name>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Payout</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Test payment</source>
        <translation>Test payment</translation>
    </message>
    <message>
        <source>Recorded, not sent</source>
        <translation>Recorded, not sent</translation>
    </message>
    <message>
        <source>Sent, no answer yet</source>
        <translation>Sent, no answer yet</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Outcome unknown</translation>
    </message>
    <message>
        <source>Reconciled: applied</source>
        <translation>Reconciled: applied</translation>
    </message>
    <message>
        <source>Reconciled: not applied</source>
        <translation>Reconciled: not applied</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>Reconciled</translation>
    </message>
    <message>
        <source>Search payToken, orderNo, userKey, reason, code…</source>
        <translation>Search payToken, orderNo, userKey, reason, code…</translation>
    </message>
    <message>
        <source>Unresolved only</source>
        <translation>Unresolved only</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Re&amp;concile</source>
        <translation>Re&amp;concile</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>No refund, payout or message has been sent from this computer yet.</source>
        <translation>No refund, payout or message has been sent from this computer yet.</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>Operation:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Updated:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operator:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Idempotency handle:</source>
        <translation>Idempotency handle:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Test:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Switch to profile &quot;%1&quot; to reconcile this operation.</source>
        <translation>Switch to profile &quot;%1&quot; to reconcile this operation.</translation>
    </message>
    <message>
        <source>Looking up what happened…</source>
        <translation>Looking up what happened…</translation>
    </message>
    <message>
        <source>Export the activity</source>
        <translation>Export the activity</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>The file %1 could not be written: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n operation(s) to %1.</source>
        <translation>
            <numerusform>Exported %n operation to %1.</numerusform>
            <numerusform>Exported %n operations to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates:</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>All profiles</translation>
    </message>
    <message>
        <source>Finds out whether the operation was applied, by looking it up. Never sends it again.</source>
        <translation>Finds out whether the operation was applied, by looking it up. Never sends it again.</translation>
    </message>
    <message>
        <source>Reconciled: it was applied (once).</source>
        <translation>Reconciled: it was applied (once).</translation>
    </message>
    <message>
        <source>Reconciled: it was not applied.</source>
        <translation>Reconciled: it was not applied.</translation>
    </message>
    <message>
        <source>Could not reconcile yet: %1</source>
        <translation>Could not reconcile yet: %1</translation>
    </message>
    <message>
        <source>%1 (test)</source>
        <translation>%1 (test)</translation>
    </message>
    <message>
        <source>A message cannot be looked up afterwards: record what you found out from the user.</source>
        <translation>A message cannot be looked up afterwards: record what you found out from the user.</translation>
    </message>
    <message>
        <source>Settle the message</source>
        <translation>Settle the message</translation>
    </message>
    <message>
        <source>The activity journal is not available: %1</source>
        <translation>The activity journal is not available: %1</translation>
    </message>
    <message>
        <source>The journal could not record it.</source>
        <translation>The journal could not record it.</translation>
    </message>
    <message>
        <source>%1 won</source>
        <translation>%1 won</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>settled by the operator</source>
        <translation>settled by the operator</translation>
    </message>
    <message>
        <source>no promotion key was obtained: nothing was paid</source>
        <translation>no promotion key was obtained: nothing was paid</translation>
    </message>
    <message>
        <source>the promotion key could not be recorded: nothing was paid</source>
        <translation>the promotion key could not be recorded: nothing was paid</translation>
    </message>
    <message>
        <source>cancelled before paying</source>
        <translation>cancelled before paying</translation>
    </message>
    <message>
        <source>stopped waiting for the result</source>
        <translation>stopped waiting for the result</translation>
    </message>
    <message>
        <source>the connection went away before the result</source>
        <translation>the connection went away before the result</translation>
    </message>
    <message>
        <source>the payout was sent; no answer came back</source>
        <translation>the payout was sent; no answer came back</translation>
    </message>
    <message>
        <source>Toss made no payout with this key (4111)</source>
        <translation>Toss made no payout with this key (4111)</translation>
    </message>
    <message>
        <source>result %1 after %2 checks</source>
        <translation>result %1 after %2 checks</translation>
    </message>
    <message>
        <source>push</source>
        <translation>push</translation>
    </message>
    <message>
        <source>inbox</source>
        <translation>inbox</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>not delivered</translation>
    </message>
    <message>
        <source>refund number</source>
        <translation>refund number</translation>
    </message>
    <message>
        <source>refunded (won)</source>
        <translation>refunded (won)</translation>
    </message>
    <message>
        <source>paid (won)</source>
        <translation>paid (won)</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>result</source>
        <translation>result</translation>
    </message>
    <message>
        <source>Search the activity</source>
        <translation>Search the activity</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operations</translation>
    </message>
    <message>
        <source>Operation details</source>
        <translation>Operation details</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>Show every operation on record again.</source>
        <translation>Show every operation on record again.</translation>
    </message>
    <message>
        <source>Show everything for this &amp;user</source>
        <translation>Show everything for this &amp;user</translation>
    </message>
    <message>
        <source>Every operation on record for the selected operation&apos;s user key.</source>
        <translation>Every operation on record for the selected operation&apos;s user key.</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Copy user key</source>
        <translation>Copy user key</translation>
    </message>
    <message>
        <source>Copy payToken</source>
        <translation>Copy payToken</translation>
    </message>
    <message>
        <source>Copy promotion key</source>
        <translation>Copy promotion key</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Copies everything shown about the operation, to send to a developer.</source>
        <translation>Copies everything shown about the operation, to send to a developer.</translation>
    </message>
    <message>
        <source>User %1 ✕</source>
        <translation>User %1 ✕</translation>
    </message>
    <message>
        <source>Only user %1&apos;s operations are shown; click to show every user&apos;s.</source>
        <translation>Only user %1&apos;s operations are shown; click to show every user&apos;s.</translation>
    </message>
    <message>
        <source>No operation matches these filters. Clear them (Clear filters) to see every operation on record.</source>
        <translation>No operation matches these filters. Clear them (Clear filters) to see every operation on record.</translation>
    </message>
    <message>
        <source>Ended with:</source>
        <translation>Ended with:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <source>As recorded:</source>
        <translation>As recorded:</translation>
    </message>
    <message>
        <source>A message cannot be looked up afterwards. If you have checked whether user %1 received it, record what you found out.</source>
        <translation>A message cannot be looked up afterwards. If you have checked whether user %1 received it, record what you found out.</translation>
    </message>
    <message>
        <source>It arrived</source>
        <translation>It arrived</translation>
    </message>
    <message>
        <source>It did not arrive</source>
        <translation>It did not arrive</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Whose operations</source>
        <translation>Whose operations</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Team: every operation in the journal. Mine: only the ones you recorded.</source>
        <translation>Team: every operation in the journal. Mine: only the ones you recorded.</translation>
    </message>
    <message>
        <source>The activity journal could not be read: %1</source>
        <translation>The activity journal could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) shown, more below</source>
        <translation>
            <numerusform>%n operation shown, more below</numerusform>
            <numerusform>%n operations shown, more below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n operation</numerusform>
            <numerusform>%n operations</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the activity…</source>
        <translation>Exporting the activity…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting the activity… %n operation(s) written.</source>
        <translation>
            <numerusform>Exporting the activity… %n operation written.</numerusform>
            <numerusform>Exporting the activity… %n operations written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>recorded before sending</source>
        <translation>recorded before sending</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>outcome unknown</translation>
    </message>
    <message>
        <source>reconciled: it was applied</source>
        <translation>reconciled: it was applied</translation>
    </message>
    <message>
        <source>reconciled: it was not applied</source>
        <translation>reconciled: it was not applied</translation>
    </message>
    <message>
        <source>tried again with a new key</source>
        <translation>tried again with a new key</translation>
    </message>
    <message>
        <source>copied from another journal</source>
        <translation>copied from another journal</translation>
    </message>
    <message>
        <source>on record before the audit trail began</source>
        <translation>on record before the audit trail began</translation>
    </message>
    <message>
        <source>Copied from:</source>
        <translation>Copied from:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>History:</translation>
    </message>
</context>
<context>
    <name>ait::gui::ApprovalOffer</name>
    <message>
        <source>Ask for &amp;approval</source>
        <translation>Ask for &amp;approval</translation>
    </message>
    <message>
        <source>Records the same request as waiting for another operator&apos;s approval (team journal). Nothing is sent until then.</source>
        <translation>Records the same request as waiting for another operator&apos;s approval (team journal). Nothing is sent until then.</translation>
    </message>
    <message>
        <source>The request could not be recorded: %1</source>
        <translation>The request could not be recorded: %1</translation>
    </message>
    <message>
        <source>Request #%1 is waiting for another operator&apos;s approval. Nothing was sent.</source>
        <translation>Request #%1 is waiting for another operator&apos;s approval. Nothing was sent.</translation>
    </message>
</context>
<context>
    <name>ait::gui::ApprovalsPanel</name>
    <message>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Approved, not sent yet</source>
        <translation>Approved, not sent yet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Bulk batch</source>
        <translation>Bulk batch</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Payout</translation>
    </message>
    <message>
        <source>batch #%1</source>
        <translation>batch #%1</translation>
    </message>
    <message>
        <source>user %1 · payToken %2</source>
        <translation>user %1 · payToken %2</translation>
    </message>
    <message>
        <source>user %1 · promotion %2</source>
        <translation>user %1 · promotion %2</translation>
    </message>
    <message>
        <source>(unreadable request)</source>
        <translation>(unreadable request)</translation>
    </message>
    <message>
        <source>%1 won</source>
        <translation>%1 won</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>Refunds and payouts above a profile&apos;s approval amount wait here for a second operator. Another operator approves or rejects; then either console sends an approved request, once.</source>
        <translation>Refunds and payouts above a profile&apos;s approval amount wait here for a second operator. Another operator approves or rejects; then either console sends an approved request, once.</translation>
    </message>
    <message>
        <source>Approval by a second operator needs the team journal (Settings → Journal). This console records to this computer&apos;s journal, where nobody else can approve.</source>
        <translation>Approval by a second operator needs the team journal (Settings → Journal). This console records to this computer&apos;s journal, where nobody else can approve.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>reason (required to reject)</source>
        <translation>reason (required to reject)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>&amp;Send now…</source>
        <translation>&amp;Send now…</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Select a request.</source>
        <translation>Select a request.</translation>
    </message>
    <message>
        <source>This request is already decided.</source>
        <translation>This request is already decided.</translation>
    </message>
    <message>
        <source>You asked for this one: another operator must approve or reject it.</source>
        <translation>You asked for this one: another operator must approve or reject it.</translation>
    </message>
    <message>
        <source>Type the reason for the rejection first.</source>
        <translation>Type the reason for the rejection first.</translation>
    </message>
    <message>
        <source>Select an approved request.</source>
        <translation>Select an approved request.</translation>
    </message>
    <message>
        <source>Only an approved request that has not been sent can be sent.</source>
        <translation>Only an approved request that has not been sent can be sent.</translation>
    </message>
    <message>
        <source>An approved bulk batch is started in the Bulk tab.</source>
        <translation>An approved bulk batch is started in the Bulk tab.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>The profile&apos;s certificate is not loaded yet.</source>
        <translation>The profile&apos;s certificate is not loaded yet.</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>This profile is read-only.</translation>
    </message>
    <message>
        <source>Request #%1 was not decided: %2</source>
        <translation>Request #%1 was not decided: %2</translation>
    </message>
    <message>
        <source>Request #%1 approved. It can now be sent, once, from either console.</source>
        <translation>Request #%1 approved. It can now be sent, once, from either console.</translation>
    </message>
    <message>
        <source>Request #%1 rejected. It will never be sent.</source>
        <translation>Request #%1 rejected. It will never be sent.</translation>
    </message>
    <message>
        <source>Send request #%1 now: %2 of %3 to %4?

Asked by %5, approved by %6. This cannot be undone.</source>
        <translation>Send request #%1 now: %2 of %3 to %4?

Asked by %5, approved by %6. This cannot be undone.</translation>
    </message>
    <message>
        <source>Send the approved request</source>
        <translation>Send the approved request</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Sending request #%1…</source>
        <translation>Sending request #%1…</translation>
    </message>
    <message>
        <source>Request #%1 was sent and applied (activity #%2).</source>
        <translation>Request #%1 was sent and applied (activity #%2).</translation>
    </message>
    <message>
        <source>Request #%1: %2</source>
        <translation>Request #%1: %2</translation>
    </message>
</context>
<context>
    <name>ait::gui::BulkResultsModel</name>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>User key</source>
        <translation>User key</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Partner code</source>
        <translation>Partner code</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
</context>
<context>
    <name>ait::gui::BulkTab</name>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Payouts (Toss points)</source>
        <translation>Payouts (Toss points)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Choose a .csv file or drop it on this page</source>
        <translation>Choose a .csv file or drop it on this page</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>How the file&apos;s text is encoded. Korean Excel saves plain &quot;CSV&quot; as CP949; change it if the preview shows broken Hangul.</source>
        <translation>How the file&apos;s text is encoded. Korean Excel saves plain &quot;CSV&quot; as CP949; change it if the preview shows broken Hangul.</translation>
    </message>
    <message>
        <source>Allow a user to be listed more than once</source>
        <translation>Allow a user to be listed more than once</translation>
    </message>
    <message>
        <source>Each listed row is paid. Rows of the same user are paced by the partner&apos;s limit of 10 calls a minute per user.</source>
        <translation>Each listed row is paid. Rows of the same user are paced by the partner&apos;s limit of 10 calls a minute per user.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>First rows</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Export problems…</source>
        <translation>Export problems…</translation>
    </message>
    <message>
        <source>Continue to confirmation</source>
        <translation>Continue to confirmation</translation>
    </message>
    <message>
        <source>Check (nothing is sent or recorded)</source>
        <translation>Check (nothing is sent or recorded)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Rows an earlier run left with no known outcome are asked about first, while the rest run. No row is paid twice.</source>
        <translation>Rows an earlier run left with no known outcome are asked about first, while the rest run. No row is paid twice.</translation>
    </message>
    <message>
        <source>Unfinished batches</source>
        <translation>Unfinished batches</translation>
    </message>
    <message>
        <source>Promotion code:</source>
        <translation>Promotion code:</translation>
    </message>
    <message>
        <source>Template code:</source>
        <translation>Template code:</translation>
    </message>
    <message>
        <source>e.g. EVENT_2026_WINNERS</source>
        <translation>e.g. EVENT_2026_WINNERS</translation>
    </message>
    <message>
        <source>templateSetCode</source>
        <translation>templateSetCode</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Export problems</source>
        <translation>Export problems</translation>
    </message>
    <message>
        <source>-problems.csv</source>
        <translation>-problems.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 could not be written.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>No new rows start; calls in flight finish.</source>
        <translation>No new rows start; calls in flight finish.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Ends the batch: calls in flight finish, rows not started are recorded as not sent.</source>
        <translation>Ends the batch: calls in flight finish, rows not started are recorded as not sent.</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>New batch</translation>
    </message>
    <message>
        <source>Messages whose answer was lost</source>
        <translation>Messages whose answer was lost</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Sends these messages again: a recipient whose message did arrive gets it twice.</source>
        <translation>Sends these messages again: a recipient whose message did arrive gets it twice.</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Mark sent</translation>
    </message>
    <message>
        <source>You found that they arrived: recorded as sent, nothing is sent again.</source>
        <translation>You found that they arrived: recorded as sent, nothing is sent again.</translation>
    </message>
    <message>
        <source>Mark not sent</source>
        <translation>Mark not sent</translation>
    </message>
    <message>
        <source>Recorded as not sent, nothing is sent again.</source>
        <translation>Recorded as not sent, nothing is sent again.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Export results…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Stop the batch</source>
        <translation>Stop the batch</translation>
    </message>
    <message>
        <source>Stop batch %1? Calls in flight finish; rows not started are recorded as not sent and the batch cannot be resumed.</source>
        <translation>Stop batch %1? Calls in flight finish; rows not started are recorded as not sent and the batch cannot be resumed.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <source>batch-%1-results.csv</source>
        <translation>batch-%1-results.csv</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>chosen by you; separated by %1</source>
        <translation>chosen by you; separated by %1</translation>
    </message>
    <message>
        <source>detected; separated by %1</source>
        <translation>detected; separated by %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1 distinct users, %2 points in total.</source>
        <translation>
            <numerusform>%n row, %1 distinct users, %2 points in total.</numerusform>
            <numerusform>%n rows, %1 distinct users, %2 points in total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s), %1 distinct users.</source>
        <translation>
            <numerusform>%n recipient, %1 distinct users.</numerusform>
            <numerusform>%n recipients, %1 distinct users.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent with send-bulk-message, %1 recipients a call.</source>
        <translation>Sent with send-bulk-message, %1 recipients a call.</translation>
    </message>
    <message>
        <source>Sent one by one (template variables: %1).</source>
        <translation>Sent one by one (template variables: %1).</translation>
    </message>
    <message>
        <source>Estimated duration: %1 at %2 calls a minute.</source>
        <translation>Estimated duration: %1 at %2 calls a minute.</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>The file has no rows.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): fix the file and load it again. Nothing was sent.</source>
        <translation>
            <numerusform>%n problem: fix the file and load it again. Nothing was sent.</numerusform>
            <numerusform>%n problems: fix the file and load it again. Nothing was sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>TEST_ promotion: a test run</source>
        <translation>TEST_ promotion: a test run</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <source>The file is being checked.</source>
        <translation>The file is being checked.</translation>
    </message>
    <message>
        <source>The file has problems.</source>
        <translation>The file has problems.</translation>
    </message>
    <message>
        <source>Type the promotion code.</source>
        <translation>Type the promotion code.</translation>
    </message>
    <message>
        <source>Type the template code.</source>
        <translation>Type the template code.</translation>
    </message>
    <message>
        <source>A batch is running: wait for it, pause or stop it.</source>
        <translation>A batch is running: wait for it, pause or stop it.</translation>
    </message>
    <message>
        <source>Profile: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Profile: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>File: %1 (%2)</translation>
    </message>
    <message>
        <source>Promotion: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Promotion: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>TEST — a test run</source>
        <translation>TEST — a test run</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to %1 distinct users: &lt;b&gt;%2 points&lt;/b&gt; in total.</source>
        <translation>
            <numerusform>%n row to %1 distinct users: &lt;b&gt;%2 points&lt;/b&gt; in total.</numerusform>
            <numerusform>%n rows to %1 distinct users: &lt;b&gt;%2 points&lt;/b&gt; in total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Template: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n recipient(s)&lt;/b&gt; (%1 distinct users).</source>
        <translation>
            <numerusform>&lt;b&gt;%n recipient&lt;/b&gt; (%1 distinct users).</numerusform>
            <numerusform>&lt;b&gt;%n recipients&lt;/b&gt; (%1 distinct users).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pace: %1 calls a minute (this profile&apos;s share of the app&apos;s 3,000), at most %n call(s) in flight, %2 calls a minute per user.</source>
        <translation>
            <numerusform>Pace: %1 calls a minute (this profile&apos;s share of the app&apos;s 3,000), at most %n call in flight, %2 calls a minute per user.</numerusform>
            <numerusform>Pace: %1 calls a minute (this profile&apos;s share of the app&apos;s 3,000), at most %n calls in flight, %2 calls a minute per user.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated duration: %1.</source>
        <translation>Estimated duration: %1.</translation>
    </message>
    <message>
        <source>To confirm, type the total points of the file:</source>
        <translation>To confirm, type the total points of the file:</translation>
    </message>
    <message>
        <source>To confirm, type the number of recipients:</source>
        <translation>To confirm, type the number of recipients:</translation>
    </message>
    <message>
        <source>Type the total points.</source>
        <translation>Type the total points.</translation>
    </message>
    <message>
        <source>Type the number of recipients.</source>
        <translation>Type the number of recipients.</translation>
    </message>
    <message>
        <source>This is not the file&apos;s total.</source>
        <translation>This is not the file&apos;s total.</translation>
    </message>
    <message>
        <source>This is not the number of recipients in the file.</source>
        <translation>This is not the number of recipients in the file.</translation>
    </message>
    <message>
        <source>Choose a profile whose certificate is ready.</source>
        <translation>Choose a profile whose certificate is ready.</translation>
    </message>
    <message>
        <source>A batch is running.</source>
        <translation>A batch is running.</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>The profile no longer exists.</translation>
    </message>
    <message>
        <source>The certificate cannot be read from the OS keychain: %1</source>
        <translation>The certificate cannot be read from the OS keychain: %1</translation>
    </message>
    <message>
        <source>Reading the certificate…</source>
        <translation>Reading the certificate…</translation>
    </message>
    <message>
        <source>Payouts from %1 for promotion %2</source>
        <translation>Payouts from %1 for promotion %2</translation>
    </message>
    <message>
        <source>Messages from %1 with template %2</source>
        <translation>Messages from %1 with template %2</translation>
    </message>
    <message>
        <source>Batch %1: payouts from %2 for promotion %3</source>
        <translation>Batch %1: payouts from %2 for promotion %3</translation>
    </message>
    <message>
        <source>Batch %1: messages from %2 with template %3</source>
        <translation>Batch %1: messages from %2 with template %3</translation>
    </message>
    <message>
        <source>Batch %1 · %2</source>
        <translation>Batch %1 · %2</translation>
    </message>
    <message>
        <source>Succeeded %1 · Failed %2 · Unknown %3 · Left %4</source>
        <translation>Succeeded %1 · Failed %2 · Unknown %3 · Left %4</translation>
    </message>
    <message>
        <source>%1 calls in the last minute (pace %2)</source>
        <translation>%1 calls in the last minute (pace %2)</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>About %1 left</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Running.</source>
        <translation>Running.</translation>
    </message>
    <message>
        <source>Pausing: calls in flight finish…</source>
        <translation>Pausing: calls in flight finish…</translation>
    </message>
    <message>
        <source>Paused. Resume continues with the next row.</source>
        <translation>Paused. Resume continues with the next row.</translation>
    </message>
    <message>
        <source>Waiting for your decision on messages whose answer was lost.</source>
        <translation>Waiting for your decision on messages whose answer was lost.</translation>
    </message>
    <message>
        <source>Stopping: calls in flight finish…</source>
        <translation>Stopping: calls in flight finish…</translation>
    </message>
    <message>
        <source>Row %1: user %2</source>
        <translation>Row %1: user %2</translation>
    </message>
    <message numerus="yes">
        <source>The answer to a send-bulk-message call with %n recipient(s) was lost. Nobody can look it up: decide what became of them.</source>
        <translation>
            <numerusform>The answer to a send-bulk-message call with %n recipient was lost. Nobody can look it up: decide what became of them.</numerusform>
            <numerusform>The answer to a send-bulk-message call with %n recipients was lost. Nobody can look it up: decide what became of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer for %n message(s) was lost. Nobody can look them up: decide what became of them.</source>
        <translation>
            <numerusform>The answer for %n message was lost. Nobody can look it up: decide what became of it.</numerusform>
            <numerusform>The answer for %n messages was lost. Nobody can look them up: decide what became of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: every row is settled.</source>
        <translation>Finished: every row is settled.</translation>
    </message>
    <message>
        <source>Ended with rows whose outcome is unknown: resume the batch to settle them.</source>
        <translation>Ended with rows whose outcome is unknown: resume the batch to settle them.</translation>
    </message>
    <message>
        <source>Stopped: rows not started were recorded as not sent.</source>
        <translation>Stopped: rows not started were recorded as not sent.</translation>
    </message>
    <message>
        <source>The batch could not run: %1</source>
        <translation>The batch could not run: %1</translation>
    </message>
    <message>
        <source>Paused with rows left: resume the batch from the Bulk page.</source>
        <translation>Paused with rows left: resume the batch from the Bulk page.</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <source>%1 (test)</source>
        <translation>%1 (test)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>The team journal&apos;s password cannot be read from the OS keychain: %1</source>
        <translation>The team journal&apos;s password cannot be read from the OS keychain: %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Paused: %1</translation>
    </message>
</context>
<context>
    <name>ait::gui::CertificatesTab</name>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Profile / certificate</source>
        <translation>Profile / certificate</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>&amp;Import certificate…</source>
        <translation>&amp;Import certificate…</translation>
    </message>
    <message>
        <source>Set &amp;active</source>
        <translation>Set &amp;active</translation>
    </message>
    <message>
        <source>&amp;Copy fingerprint</source>
        <translation>&amp;Copy fingerprint</translation>
    </message>
    <message>
        <source>&amp;Export chain…</source>
        <translation>&amp;Export chain…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Not yet valid</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Expires soon</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>%1 · active</source>
        <translation>%1 · active</translation>
    </message>
    <message>
        <source>&lt;p&gt;No certificate yet.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Import certificate…&lt;/b&gt; and choose the files you downloaded from the Apps in Toss console (mTLS certificate).&lt;/p&gt;</source>
        <translation>&lt;p&gt;No certificate yet.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Import certificate…&lt;/b&gt; and choose the files you downloaded from the Apps in Toss console (mTLS certificate).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Remove certificate…</source>
        <translation>&amp;Remove certificate…</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>&amp;Remove profile…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Apps API</source>
        <translation>Apps API</translation>
    </message>
    <message>
        <source>Pay API</source>
        <translation>Pay API</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>yes: lookups only</source>
        <translation>yes: lookups only</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Login decryption key</source>
        <translation>Login decryption key</translation>
    </message>
    <message>
        <source>stored in the OS keychain</source>
        <translation>stored in the OS keychain</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>%1, %2 bits (in the OS keychain)</source>
        <translation>%1, %2 bits (in the OS keychain)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation>SHA-1 fingerprint</translation>
    </message>
    <message>
        <source>SPKI SHA-256</source>
        <translation>SPKI SHA-256</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Key usage</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Extended key usage</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Alternative names</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Active certificate changed.</source>
        <translation>Active certificate changed.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint copied.</source>
        <translation>SHA-256 fingerprint copied.</translation>
    </message>
    <message>
        <source>Export the certificate chain</source>
        <translation>Export the certificate chain</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>The file %1 could not be written: %2</translation>
    </message>
    <message>
        <source>Certificate chain exported to %1 (public certificates only, no key).</source>
        <translation>Certificate chain exported to %1 (public certificates only, no key).</translation>
    </message>
    <message>
        <source>Remove the certificate &quot;%1&quot; and its private key from profile &quot;%2&quot;?

The key is deleted from the OS keychain; you need the original files to import it again.</source>
        <translation>Remove the certificate &quot;%1&quot; and its private key from profile &quot;%2&quot;?

The key is deleted from the OS keychain; you need the original files to import it again.</translation>
    </message>
    <message numerus="yes">
        <source>Remove profile &quot;%1&quot; with its %n certificate(s)?

Every key it stored is deleted from the OS keychain.</source>
        <translation>
            <numerusform>Remove profile &quot;%1&quot; with its %n certificate?

Every key it stored is deleted from the OS keychain.</numerusform>
            <numerusform>Remove profile &quot;%1&quot; with its %n certificates?

Every key it stored is deleted from the OS keychain.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Removed.</translation>
    </message>
    <message>
        <source>Profile &amp;settings…</source>
        <translation>Profile &amp;settings…</translation>
    </message>
    <message>
        <source>Profiles and certificates</source>
        <translation>Profiles and certificates</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Certificate details</translation>
    </message>
    <message>
        <source>Remove the certificate</source>
        <translation>Remove the certificate</translation>
    </message>
    <message>
        <source>Remove the profile</source>
        <translation>Remove the profile</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Keychain</translation>
    </message>
</context>
<context>
    <name>ait::gui::CopyButton</name>
    <message>
        <source>Nothing to copy</source>
        <translation>Nothing to copy</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Copied ✓</translation>
    </message>
</context>
<context>
    <name>ait::gui::Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ait::gui::EnvironmentBadge</name>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <source>CUSTOM</source>
        <translation>CUSTOM</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environment: %1</translation>
    </message>
</context>
<context>
    <name>ait::gui::IapTab</name>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Look up</translation>
    </message>
    <message>
        <source>&amp;Order ID:</source>
        <translation>&amp;Order ID:</translation>
    </message>
    <message>
        <source>&amp;User key (x-toss-user-key):</source>
        <translation>&amp;User key (x-toss-user-key):</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Looking up…</translation>
    </message>
    <message>
        <source>Status: %1
Order: %2 · SKU %3 · determined %4
Partner&apos;s words: %5</source>
        <translation>Status: %1
Order: %2 · SKU %3 · determined %4
Partner&apos;s words: %5</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copy error details</translation>
    </message>
    <message>
        <source>In-app order lookup</source>
        <translation>In-app order lookup</translation>
    </message>
    <message>
        <source>A user key has digits only, at most 19.</source>
        <translation>A user key has digits only, at most 19.</translation>
    </message>
</context>
<context>
    <name>ait::gui::ImportWizard</name>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key *.p12 *.pfx);;All files (*)</source>
        <translation>Certificates and keys (*.pem *.crt *.cer *.der *.key *.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>Import a client certificate</source>
        <translation>Import a client certificate</translation>
    </message>
</context>
<context>
    <name>ait::gui::InspectorDock</name>
    <message>
        <source>Request inspector</source>
        <translation>Request inspector</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copy as curl</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>reused</source>
        <translation>reused</translation>
    </message>
    <message>
        <source>Partner calls appear here as they happen.</source>
        <translation>Partner calls appear here as they happen.</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Started:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP status:</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>Partner result:</source>
        <translation>Partner result:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <source>Request sent:</source>
        <translation>Request sent:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connection:</translation>
    </message>
    <message>
        <source>new (connect + TLS handshake %1 ms)</source>
        <translation>new (connect + TLS handshake %1 ms)</translation>
    </message>
    <message>
        <source>reused (no handshake)</source>
        <translation>reused (no handshake)</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <source>not established</source>
        <translation>not established</translation>
    </message>
    <message>
        <source>Server chain:</source>
        <translation>Server chain:</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Client certificate:</translation>
    </message>
    <message>
        <source>offered: SHA-256 %1</source>
        <translation>offered: SHA-256 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Request headers:</source>
        <translation>Request headers:</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>Request body:</translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation>Response body:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Call details</translation>
    </message>
    <message>
        <source>Show tokens and personal fields in these calls</source>
        <translation>Show tokens and personal fields in these calls</translation>
    </message>
    <message>
        <source>Copies the call as a curl command for a terminal. Before running it, set AIT_CERT and AIT_KEY to the certificate and key files (and AIT_CA to the sandbox CA for a sandbox profile); tokens are variables too (ACCESS_TOKEN, REFRESH_TOKEN, AUTHORIZATION_CODE), never copied.</source>
        <translation>Copies the call as a curl command for a terminal. Before running it, set AIT_CERT and AIT_KEY to the certificate and key files (and AIT_CA to the sandbox CA for a sandbox profile); tokens are variables too (ACCESS_TOKEN, REFRESH_TOKEN, AUTHORIZATION_CODE), never copied.</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>none (no connection was made)</source>
        <translation>none (no connection was made)</translation>
    </message>
    <message>
        <source>not reported for this call</source>
        <translation>not reported for this call</translation>
    </message>
</context>
<context>
    <name>ait::gui::LoginTab</name>
    <message>
        <source>Sent exactly as typed: Toss rejects a changed casing.</source>
        <translation>Sent exactly as typed: Toss rejects a changed casing.</translation>
    </message>
    <message>
        <source>&amp;Get tokens</source>
        <translation>&amp;Get tokens</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;User info (login-me)</source>
        <translation>&amp;User info (login-me)</translation>
    </message>
    <message>
        <source>Unlink this &amp;login…</source>
        <translation>Unlink this &amp;login…</translation>
    </message>
    <message>
        <source>Unlink user &amp;key…</source>
        <translation>Unlink user &amp;key…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>&amp;Authorization code:</source>
        <translation>&amp;Authorization code:</translation>
    </message>
    <message>
        <source>Re&amp;ferrer:</source>
        <translation>Re&amp;ferrer:</translation>
    </message>
    <message>
        <source>Unlink by user key:</source>
        <translation>Unlink by user key:</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>%1:%2 left</translation>
    </message>
    <message>
        <source>Access token: %1 (%2)
Refresh token: %3 (%4)</source>
        <translation>Access token: %1 (%2)
Refresh token: %3 (%4)</translation>
    </message>
    <message>
        <source>userKey %1 · scope %2 · agreed terms: %3</source>
        <translation>userKey %1 · scope %2 · agreed terms: %3</translation>
    </message>
    <message>
        <source>The personal fields stay encrypted: no decryption key is stored for this profile (Profile settings).</source>
        <translation>The personal fields stay encrypted: no decryption key is stored for this profile (Profile settings).</translation>
    </message>
    <message>
        <source>(encrypted)</source>
        <translation>(encrypted)</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Unlink this Toss login? The user&apos;s tokens stop working and the user must log in again.</source>
        <translation>Unlink this Toss login? The user&apos;s tokens stop working and the user must log in again.</translation>
    </message>
    <message>
        <source>Unlinked user %1.</source>
        <translation>Unlinked user %1.</translation>
    </message>
    <message>
        <source>Unlink user %1 from this service? All of the user&apos;s tokens stop working.</source>
        <translation>Unlink user %1 from this service? All of the user&apos;s tokens stop working.</translation>
    </message>
    <message>
        <source>User key to unlink</source>
        <translation>User key to unlink</translation>
    </message>
    <message>
        <source>Show this tab&apos;s tokens and personal fields</source>
        <translation>Show this tab&apos;s tokens and personal fields</translation>
    </message>
    <message>
        <source>Personal fields</source>
        <translation>Personal fields</translation>
    </message>
    <message>
        <source>Copy user key</source>
        <translation>Copy user key</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copy error details</translation>
    </message>
    <message>
        <source>Toss login</source>
        <translation>Toss login</translation>
    </message>
    <message>
        <source>A user key has digits only, at most 19.</source>
        <translation>A user key has digits only, at most 19.</translation>
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
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>(no profile yet: import a certificate)</source>
        <translation>(no profile yet: import a certificate)</translation>
    </message>
    <message>
        <source>The active certificate of profile &quot;%1&quot; expired on %2. Partner API calls will fail until you import a new one.</source>
        <translation>The active certificate of profile &quot;%1&quot; expired on %2. Partner API calls will fail until you import a new one.</translation>
    </message>
    <message numerus="yes">
        <source>The active certificate of profile &quot;%1&quot; expires in %n day(s) (%2). Issue a new one in the Apps in Toss console and import it.</source>
        <translation>
            <numerusform>The active certificate of profile &quot;%1&quot; expires in %n day (%2). Issue a new one in the Apps in Toss console and import it.</numerusform>
            <numerusform>The active certificate of profile &quot;%1&quot; expires in %n days (%2). Issue a new one in the Apps in Toss console and import it.</numerusform>
        </translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>The language changes the next time ait-console starts.</source>
        <translation>The language changes the next time ait-console starts.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: certificate loaded from the OS keychain, connection ready.</source>
        <translation>Profile &quot;%1&quot;: certificate loaded from the OS keychain, connection ready.</translation>
    </message>
    <message>
        <source>Open Activity</source>
        <translation>Open Activity</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop waiting for the calls in flight (Esc). A refund, payout or message that already left is not undone: its outcome becomes unknown and can be reconciled.</source>
        <translation>Stop waiting for the calls in flight (Esc). A refund, payout or message that already left is not undone: its outcome becomes unknown and can be reconciled.</translation>
    </message>
    <message>
        <source>&amp;Developer tools (test payments)</source>
        <translation>&amp;Developer tools (test payments)</translation>
    </message>
    <message>
        <source>Start a new journal…</source>
        <translation>Start a new journal…</translation>
    </message>
    <message>
        <source>Use this journal…</source>
        <translation>Use this journal…</translation>
    </message>
    <message>
        <source>Start a new journal</source>
        <translation>Start a new journal</translation>
    </message>
    <message>
        <source>Start a new, empty activity journal? What is there now stays in its file beside it (never overwritten), but the console will no longer know about the operations it holds: open ones must be checked by hand.</source>
        <translation>Start a new, empty activity journal? What is there now stays in its file beside it (never overwritten), but the console will no longer know about the operations it holds: open ones must be checked by hand.</translation>
    </message>
    <message>
        <source>A new journal could not be started: %1</source>
        <translation>A new journal could not be started: %1</translation>
    </message>
    <message>
        <source>Use this journal</source>
        <translation>Use this journal</translation>
    </message>
    <message>
        <source>Use the journal as it is, with operations up to #%1 (this computer had recorded up to #%2)? Operations after #%1 are not in it.</source>
        <translation>Use the journal as it is, with operations up to #%1 (this computer had recorded up to #%2)? Operations after #%1 are not in it.</translation>
    </message>
    <message>
        <source>The journal could not be opened: %1</source>
        <translation>The journal could not be opened: %1</translation>
    </message>
    <message>
        <source>The activity journal %1 is damaged (%2). It was moved aside to %3 and kept.</source>
        <translation>The activity journal %1 is damaged (%2). It was moved aside to %3 and kept.</translation>
    </message>
    <message>
        <source>The activity journal %1 is missing, although this computer had recorded operations in it (up to #%2).</source>
        <translation>The activity journal %1 is missing, although this computer had recorded operations in it (up to #%2).</translation>
    </message>
    <message>
        <source>The activity journal %1 has fewer operations than this computer recorded: %2.</source>
        <translation>The activity journal %1 has fewer operations than this computer recorded: %2.</translation>
    </message>
    <message>
        <source>The activity journal %1 came back empty, although this computer had recorded operations up to #%2. The empty file was moved aside to %3.</source>
        <translation>The activity journal %1 came back empty, although this computer had recorded operations up to #%2. The empty file was moved aside to %3.</translation>
    </message>
    <message>
        <source>The activity journal %1 could not be opened: %2.</source>
        <translation>The activity journal %1 could not be opened: %2.</translation>
    </message>
    <message>
        <source>Refunds, payouts and messages are disabled until the journal works again (nothing can be recorded before it is sent); lookups still work.</source>
        <translation>Refunds, payouts and messages are disabled until the journal works again (nothing can be recorded before it is sent); lookups still work.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Makes one harmless call with this profile&apos;s certificate (an order lookup that changes nothing) and shows whether Toss accepted the certificate, the TLS version and the times.</source>
        <translation>Makes one harmless call with this profile&apos;s certificate (an order lookup that changes nothing) and shows whether Toss accepted the certificate, the TLS version and the times.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) have no known outcome. Reconcile them before doing them again.</source>
        <translation>
            <numerusform>%n operation has no known outcome. Reconcile it before doing it again.</numerusform>
            <numerusform>%n operations have no known outcome. Reconcile them before doing them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent but not answered, or interrupted: whether Toss applied them is not known. Open Activity and use Reconcile, which looks them up and never sends them again.</source>
        <translation>Sent but not answered, or interrupted: whether Toss applied them is not known. Open Activity and use Reconcile, which looks them up and never sends them again.</translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s), payout(s) or message(s) are under way. Quitting stops waiting for Toss&apos;s answer: whether Toss applied them becomes unknown, and they must be reconciled in Activity after the next start.</source>
        <translation>
            <numerusform>%n refund, payout or message is under way. Quitting stops waiting for Toss&apos;s answer: whether Toss applied it becomes unknown, and it must be reconciled in Activity after the next start.</numerusform>
            <numerusform>%n refunds, payouts or messages are under way. Quitting stops waiting for Toss&apos;s answer: whether Toss applied them becomes unknown, and they must be reconciled in Activity after the next start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) are waiting for Toss&apos;s answer; quitting drops their results.</source>
        <translation>
            <numerusform>%n call is waiting for Toss&apos;s answer; quitting drops its result.</numerusform>
            <numerusform>%n calls are waiting for Toss&apos;s answer; quitting drops their results.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) have no known outcome yet. They stay in Activity, to reconcile after the next start.</source>
        <translation>
            <numerusform>%n operation has no known outcome yet. It stays in Activity, to reconcile after the next start.</numerusform>
            <numerusform>%n operations have no known outcome yet. They stay in Activity, to reconcile after the next start.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit ait-console?</source>
        <translation>Quit ait-console?</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Quit anyway</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Keep working</translation>
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
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Toss accepted the certificate and answered: this profile works.</source>
        <translation>Toss accepted the certificate and answered: this profile works.</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>The connection test failed.</translation>
    </message>
    <message>
        <source>Certificate presented: %1 (SHA-256 %2)</source>
        <translation>Certificate presented: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Certificate accepted: %1</source>
        <translation>Certificate accepted: %1</translation>
    </message>
    <message>
        <source>TLS: %1 %2</source>
        <translation>TLS: %1 %2</translation>
    </message>
    <message>
        <source>Handshake: %1</source>
        <translation>Handshake: %1</translation>
    </message>
    <message>
        <source>%1 ms (new connection)</source>
        <translation>%1 ms (new connection)</translation>
    </message>
    <message>
        <source>connection reused</source>
        <translation>connection reused</translation>
    </message>
    <message>
        <source>Call: %1 ms, HTTP %2</source>
        <translation>Call: %1 ms, HTTP %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <source>Test connection: %1</source>
        <translation>Test connection: %1</translation>
    </message>
    <message>
        <source>Bulk</source>
        <translation>Bulk</translation>
    </message>
    <message numerus="yes">
        <source>%n bulk run(s) are unfinished: resume them on the Bulk page.</source>
        <translation>
            <numerusform>%n bulk run is unfinished: resume it on the Bulk page.</numerusform>
            <numerusform>%n bulk runs are unfinished: resume them on the Bulk page.</numerusform>
        </translation>
    </message>
    <message>
        <source>A bulk run is going. Quitting pauses it (calls already sent finish first); resume it on the Bulk page after the next start, or with ait-cli bulk resume.</source>
        <translation>A bulk run is going. Quitting pauses it (calls already sent finish first); resume it on the Bulk page after the next start, or with ait-cli bulk resume.</translation>
    </message>
    <message>
        <source>The team journal (%1) cannot be reached.</source>
        <translation>The team journal (%1) cannot be reached.</translation>
    </message>
    <message>
        <source>Refunds, payouts and messages are refused until it answers again (nothing is sent before it is recorded); lookups still work. The console does not switch to this computer&apos;s journal on its own.</source>
        <translation>Refunds, payouts and messages are refused until it answers again (nothing is sent before it is recorded); lookups still work. The console does not switch to this computer&apos;s journal on its own.</translation>
    </message>
    <message>
        <source>Copy this computer&apos;s history</source>
        <translation>Copy this computer&apos;s history</translation>
    </message>
    <message>
        <source>This computer&apos;s journal holds operations up to #%1. Copy them into the team journal (%2), marked as coming from this computer? This is asked once; the file on this computer is kept as it is either way.</source>
        <translation>This computer&apos;s journal holds operations up to #%1. Copy them into the team journal (%2), marked as coming from this computer? This is asked once; the file on this computer is kept as it is either way.</translation>
    </message>
    <message>
        <source>Copy into the team journal</source>
        <translation>Copy into the team journal</translation>
    </message>
    <message>
        <source>Do not copy</source>
        <translation>Do not copy</translation>
    </message>
    <message>
        <source>This computer&apos;s history was not copied into the team journal: %1 It stays in its file, and copying is offered again at the next start.</source>
        <translation>This computer&apos;s history was not copied into the team journal: %1 It stays in its file, and copying is offered again at the next start.</translation>
    </message>
    <message>
        <source>Settings saved. The language and the journal change at the next start, the network limits with the next profile opened.</source>
        <translation>Settings saved. The language and the journal change at the next start, the network limits with the next profile opened.</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) of this computer&apos;s history were copied into the team journal.</source>
        <translation>
            <numerusform>%n operation of this computer&apos;s history was copied into the team journal.</numerusform>
            <numerusform>%n operations of this computer&apos;s history were copied into the team journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Approvals (%1)</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Requests awaiting your approval: %1</source>
        <translation>Requests awaiting your approval: %1</translation>
    </message>
</context>
<context>
    <name>ait::gui::MessagesTab</name>
    <message>
        <source>only for test messages: the uploaded bundle&apos;s deployment ID</source>
        <translation>only for test messages: the uploaded bundle&apos;s deployment ID</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Remo&amp;ve variable</source>
        <translation>Remo&amp;ve variable</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>Send &amp;test message</translation>
    </message>
    <message>
        <source>&amp;Send message…</source>
        <translation>&amp;Send message…</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Why not delivered</source>
        <translation>Why not delivered</translation>
    </message>
    <message>
        <source>&amp;Template set code:</source>
        <translation>&amp;Template set code:</translation>
    </message>
    <message>
        <source>&amp;User key (x-toss-user-key):</source>
        <translation>&amp;User key (x-toss-user-key):</translation>
    </message>
    <message>
        <source>&amp;Deployment ID:</source>
        <translation>&amp;Deployment ID:</translation>
    </message>
    <message>
        <source>Context (template variables):</source>
        <translation>Context (template variables):</translation>
    </message>
    <message>
        <source>Enter the template set code from the console&apos;s functional campaign.</source>
        <translation>Enter the template set code from the console&apos;s functional campaign.</translation>
    </message>
    <message>
        <source>Enter the user key (a number).</source>
        <translation>Enter the user key (a number).</translation>
    </message>
    <message>
        <source>Every context value needs a variable name.</source>
        <translation>Every context value needs a variable name.</translation>
    </message>
    <message>
        <source>The variable &quot;%1&quot; appears twice.</source>
        <translation>The variable &quot;%1&quot; appears twice.</translation>
    </message>
    <message>
        <source>A test message needs the deployment ID.</source>
        <translation>A test message needs the deployment ID.</translation>
    </message>
    <message>
        <source>JSON: %1</source>
        <translation>JSON: %1</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>This profile is read-only.</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Send the message</translation>
    </message>
    <message>
        <source>Send the message &quot;%1&quot; to user %2? It reaches the user&apos;s phone and cannot be taken back.</source>
        <translation>Send the message &quot;%1&quot; to user %2? It reaches the user&apos;s phone and cannot be taken back.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>%1 — push %2 · inbox %3 · SMS %4 · Alimtalk %5 · Friendtalk %6</source>
        <translation>%1 — push %2 · inbox %3 · SMS %4 · Alimtalk %5 · Friendtalk %6</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Accepted but not delivered</source>
        <translation>Accepted but not delivered</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>&amp;Add variable</translation>
    </message>
    <message>
        <source>Template variables</source>
        <translation>Template variables</translation>
    </message>
    <message>
        <source>Failed deliveries</source>
        <translation>Failed deliveries</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copy error details</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Message (activity #%1)</source>
        <translation>Message (activity #%1)</translation>
    </message>
    <message>
        <source>A user key has digits only, at most 19.</source>
        <translation>A user key has digits only, at most 19.</translation>
    </message>
</context>
<context>
    <name>ait::gui::PassphrasePage</name>
    <message>
        <source>Unlock the private key</source>
        <translation>Unlock the private key</translation>
    </message>
    <message>
        <source>The key is protected by a passphrase. It is used once to read the key and never stored.</source>
        <translation>The key is protected by a passphrase. It is used once to read the key and never stored.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>The passphrase is wrong.</translation>
    </message>
</context>
<context>
    <name>ait::gui::PaymentsTab</name>
    <message>
        <source>%1 won</source>
        <translation>%1 won</translation>
    </message>
    <message>
        <source>Test payment (isTestPayment = true)</source>
        <translation>Test payment (isTestPayment = true)</translation>
    </message>
    <message>
        <source>The partner documents disagree on this flag; the developer guide says true means a sandbox (test) payment.</source>
        <translation>The partner documents disagree on this flag; the developer guide says true means a sandbox (test) payment.</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Look up</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>&amp;User key (x-toss-user-key):</source>
        <translation>&amp;User key (x-toss-user-key):</translation>
    </message>
    <message>
        <source>&amp;payToken:</source>
        <translation>&amp;payToken:</translation>
    </message>
    <message>
        <source>&amp;orderNo:</source>
        <translation>&amp;orderNo:</translation>
    </message>
    <message>
        <source>Enter the user key (a number).</source>
        <translation>Enter the user key (a number).</translation>
    </message>
    <message>
        <source>Enter a payToken, an orderNo, or both.</source>
        <translation>Enter a payToken, an orderNo, or both.</translation>
    </message>
    <message>
        <source>The profile&apos;s certificate is not loaded yet.</source>
        <translation>The profile&apos;s certificate is not loaded yet.</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Looking up…</translation>
    </message>
    <message>
        <source>Status: %1 (%2)
Amount: %3 · paid: %4 · refundable: %5
Payment method: %6 · created %7 · paid %8
payToken %9 · orderNo %10</source>
        <translation>Status: %1 (%2)
Amount: %3 · paid: %4 · refundable: %5
Payment method: %6 · created %7 · paid %8
payToken %9 · orderNo %10</translation>
    </message>
    <message>
        <source>Refund reason (required, up to 55 characters)</source>
        <translation>Refund reason (required, up to 55 characters)</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Refund…</translation>
    </message>
    <message>
        <source>Re&amp;concile</source>
        <translation>Re&amp;concile</translation>
    </message>
    <message>
        <source>Look the payment up to find out whether the refund was applied. Never sends the refund again.</source>
        <translation>Look the payment up to find out whether the refund was applied. Never sends the refund again.</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>This profile is read-only.</translation>
    </message>
    <message>
        <source>Look the payment up first.</source>
        <translation>Look the payment up first.</translation>
    </message>
    <message>
        <source>Nothing is left to refund on this payment.</source>
        <translation>Nothing is left to refund on this payment.</translation>
    </message>
    <message>
        <source>Enter a reason: up to 55 characters of Korean, letters, digits, spaces and _ - : . ^ @ ( ) [ ] # / ! % ? &amp;</source>
        <translation>Enter a reason: up to 55 characters of Korean, letters, digits, spaces and _ - : . ^ @ ( ) [ ] # / ! % ? &amp;</translation>
    </message>
    <message>
        <source>Checking the payment again before the refund…</source>
        <translation>Checking the payment again before the refund…</translation>
    </message>
    <message>
        <source>Refund %1 to user %2?

payToken %3 · orderNo %4
Paid: %5 · refundable now: %6
Reason: %7

This cannot be undone.</source>
        <translation>Refund %1 to user %2?

payToken %3 · orderNo %4
Paid: %5 · refundable now: %6
Reason: %7

This cannot be undone.</translation>
    </message>
    <message>
        <source>Confirm the refund</source>
        <translation>Confirm the refund</translation>
    </message>
    <message>
        <source>Refund cancelled. Nothing was sent.</source>
        <translation>Refund cancelled. Nothing was sent.</translation>
    </message>
    <message>
        <source>Confirm the amount</source>
        <translation>Confirm the amount</translation>
    </message>
    <message>
        <source>This refund is above %1. Type the amount to refund (%2) to confirm:</source>
        <translation>This refund is above %1. Type the amount to refund (%2) to confirm:</translation>
    </message>
    <message>
        <source>The typed amount did not match. Nothing was sent.</source>
        <translation>The typed amount did not match. Nothing was sent.</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Refunding…</translation>
    </message>
    <message>
        <source>Refunded %1 (refund number %2).</source>
        <translation>Refunded %1 (refund number %2).</translation>
    </message>
    <message>
        <source>The refund was not made.</source>
        <translation>The refund was not made.</translation>
    </message>
    <message>
        <source>Looking up what happened to the refund…</source>
        <translation>Looking up what happened to the refund…</translation>
    </message>
    <message>
        <source>Reconciled: the refund was applied. It will not be sent again.</source>
        <translation>Reconciled: the refund was applied. It will not be sent again.</translation>
    </message>
    <message>
        <source>Reconciled: the refund was not applied. You may refund again.</source>
        <translation>Reconciled: the refund was not applied. You may refund again.</translation>
    </message>
    <message>
        <source>Could not reconcile yet: %1 %2</source>
        <translation>Could not reconcile yet: %1 %2</translation>
    </message>
    <message>
        <source>waiting for payment</source>
        <translation>waiting for payment</translation>
    </message>
    <message>
        <source>approved by the buyer, not paid yet</source>
        <translation>approved by the buyer, not paid yet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>being paid</source>
        <translation>being paid</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>being refunded</source>
        <translation>being refunded</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>refunded</translation>
    </message>
    <message>
        <source>paid and settled</source>
        <translation>paid and settled</translation>
    </message>
    <message>
        <source>refunded and settled</source>
        <translation>refunded and settled</translation>
    </message>
    <message>
        <source>Toss Money</source>
        <translation>Toss Money</translation>
    </message>
    <message>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <source>test payment</source>
        <translation>test payment</translation>
    </message>
    <message>
        <source>real payment</source>
        <translation>real payment</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>payment</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>refund</translation>
    </message>
    <message>
        <source>Refund reason</source>
        <translation>Refund reason</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Copy payToken</source>
        <translation>Copy payToken</translation>
    </message>
    <message>
        <source>Copy transaction ID</source>
        <translation>Copy transaction ID</translation>
    </message>
    <message>
        <source>Copies the transaction ID of the selected step.</source>
        <translation>Copies the transaction ID of the selected step.</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copy error details</translation>
    </message>
    <message>
        <source>Copies the error with its codes and technical words, to send to a developer.</source>
        <translation>Copies the error with its codes and technical words, to send to a developer.</translation>
    </message>
    <message>
        <source>Copy refund number</source>
        <translation>Copy refund number</translation>
    </message>
    <message>
        <source>The inputs changed since the lookup: look the payment up again.</source>
        <translation>The inputs changed since the lookup: look the payment up again.</translation>
    </message>
    <message>
        <source>A refund of this payment is on its way: wait for its result.</source>
        <translation>A refund of this payment is on its way: wait for its result.</translation>
    </message>
    <message>
        <source>A refund of this payment has no known outcome. Do not refund again: use Reconcile to find out whether it was applied.</source>
        <translation>A refund of this payment has no known outcome. Do not refund again: use Reconcile to find out whether it was applied.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Refund (activity #%1)</source>
        <translation>Refund (activity #%1)</translation>
    </message>
    <message>
        <source>Toss&apos;s codes: payStatus %1 · mode %2 · payMethod %3
Times as Toss wrote them: created %4 · paid %5</source>
        <translation>Toss&apos;s codes: payStatus %1 · mode %2 · payMethod %3
Times as Toss wrote them: created %4 · paid %5</translation>
    </message>
    <message>
        <source>Payment lookup</source>
        <translation>Payment lookup</translation>
    </message>
    <message>
        <source>A user key has digits only, at most 19.</source>
        <translation>A user key has digits only, at most 19.</translation>
    </message>
    <message>
        <source>A refund reason has at most 55 characters (the partner&apos;s limit).</source>
        <translation>A refund reason has at most 55 characters (the partner&apos;s limit).</translation>
    </message>
    <message>
        <source>A payToken has at most %1 characters; this one has %2. Check what was pasted.</source>
        <translation>A payToken has at most %1 characters; this one has %2. Check what was pasted.</translation>
    </message>
    <message>
        <source>An orderNo has at most %1 characters; this one has %2.</source>
        <translation>An orderNo has at most %1 characters; this one has %2.</translation>
    </message>
    <message>
        <source>An orderNo has only digits, letters and _ - : . ^ @.</source>
        <translation>An orderNo has only digits, letters and _ - : . ^ @.</translation>
    </message>
    <message>
        <source>Refund anyway</source>
        <translation>Refund anyway</translation>
    </message>
</context>
<context>
    <name>ait::gui::ProfileDialog</name>
    <message>
        <source>Profile settings</source>
        <translation>Profile settings</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Read-only: lookups only, no refunds, payouts or messages</source>
        <translation>Read-only: lookups only, no refunds, payouts or messages</translation>
    </message>
    <message>
        <source>Mark new payments as test payments by default</source>
        <translation>Mark new payments as test payments by default</translation>
    </message>
    <message>
        <source>stored — type a new one to replace it</source>
        <translation>stored — type a new one to replace it</translation>
    </message>
    <message>
        <source>base64, from the Apps in Toss e-mail</source>
        <translation>base64, from the Apps in Toss e-mail</translation>
    </message>
    <message>
        <source>from the same e-mail</source>
        <translation>from the same e-mail</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <source>&amp;Apps API URL:</source>
        <translation>&amp;Apps API URL:</translation>
    </message>
    <message>
        <source>&amp;Pay API URL:</source>
        <translation>&amp;Pay API URL:</translation>
    </message>
    <message>
        <source>Login &amp;decryption key:</source>
        <translation>Login &amp;decryption key:</translation>
    </message>
    <message>
        <source>Login AA&amp;D:</source>
        <translation>Login AA&amp;D:</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>The profile needs a name.</translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation>Another profile already has this name.</translation>
    </message>
    <message>
        <source>The API URLs must start with https:// and name a host (every partner call is mutual TLS).</source>
        <translation>The API URLs must start with https:// and name a host (every partner call is mutual TLS).</translation>
    </message>
    <message>
        <source>Enter the decryption key and the AAD together.</source>
        <translation>Enter the decryption key and the AAD together.</translation>
    </message>
    <message>
        <source>The decryption key must be base64 text of 32 bytes (AES-256), as in the e-mail from Apps in Toss.</source>
        <translation>The decryption key must be base64 text of 32 bytes (AES-256), as in the e-mail from Apps in Toss.</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>The profile could not be saved.</translation>
    </message>
    <message>
        <source>Storing the decryption key in the OS keychain…</source>
        <translation>Storing the decryption key in the OS keychain…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source> won/points</source>
        <translation> won/points</translation>
    </message>
    <message>
        <source>A refund or payout above this amount is not sent until another operator approves it (0: never).</source>
        <translation>A refund or payout above this amount is not sent until another operator approves it (0: never).</translation>
    </message>
    <message>
        <source>Every bulk &amp;batch needs a second operator&apos;s approval</source>
        <translation>Every bulk &amp;batch needs a second operator&apos;s approval</translation>
    </message>
    <message>
        <source>Four-eyes approval works only with the team journal (Settings → Journal): on this computer&apos;s journal a request above the amount is refused.</source>
        <translation>Four-eyes approval works only with the team journal (Settings → Journal): on this computer&apos;s journal a request above the amount is refused.</translation>
    </message>
    <message>
        <source>Second operator&apos;s appro&amp;val above:</source>
        <translation>Second operator&apos;s appro&amp;val above:</translation>
    </message>
</context>
<context>
    <name>ait::gui::PromotionsTab</name>
    <message>
        <source>from the Apps in Toss console, e.g. 01JPPJ6SB66BQXXDAKRQZ6SZD7</source>
        <translation>from the Apps in Toss console, e.g. 01JPPJ6SB66BQXXDAKRQZ6SZD7</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>(enter the points)</source>
        <translation>(enter the points)</translation>
    </message>
    <message>
        <source>&amp;Pay points…</source>
        <translation>&amp;Pay points…</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation>Stop &amp;waiting</translation>
    </message>
    <message>
        <source>Stops waiting for Toss. A payout that was already sent is not undone: reconcile it later.</source>
        <translation>Stops waiting for Toss. A payout that was already sent is not undone: reconcile it later.</translation>
    </message>
    <message>
        <source>Re&amp;concile</source>
        <translation>Re&amp;concile</translation>
    </message>
    <message>
        <source>Asks Toss for the result of the same promotion key. Never pays again.</source>
        <translation>Asks Toss for the result of the same promotion key. Never pays again.</translation>
    </message>
    <message>
        <source>&amp;User key (x-toss-user-key):</source>
        <translation>&amp;User key (x-toss-user-key):</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>A payout gets a one-time key from Toss, records it in the activity journal, pays, and then asks for the result until Toss reports SUCCESS or FAILED. If the answer is lost, Reconcile asks about the same key: the same payout is never made twice.</source>
        <translation>A payout gets a one-time key from Toss, records it in the activity journal, pays, and then asks for the result until Toss reports SUCCESS or FAILED. If the answer is lost, Reconcile asks about the same key: the same payout is never made twice.</translation>
    </message>
    <message>
        <source>TEST_ code: a test payout. No promotion money is used and no real points are paid.</source>
        <translation>TEST_ code: a test payout. No promotion money is used and no real points are paid.</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>This profile is read-only.</translation>
    </message>
    <message>
        <source>Make a TEST payout of %1 points to user %2 from promotion %3? No real points are paid.</source>
        <translation>Make a TEST payout of %1 points to user %2 from promotion %3? No real points are paid.</translation>
    </message>
    <message>
        <source>Pay %1 Toss points to user %2 from promotion %3? The points come out of the promotion budget and cannot be taken back.</source>
        <translation>Pay %1 Toss points to user %2 from promotion %3? The points come out of the promotion budget and cannot be taken back.</translation>
    </message>
    <message>
        <source>Confirm the payout</source>
        <translation>Confirm the payout</translation>
    </message>
    <message>
        <source>Getting a promotion key…</source>
        <translation>Getting a promotion key…</translation>
    </message>
    <message>
        <source>Key recorded. Paying…</source>
        <translation>Key recorded. Paying…</translation>
    </message>
    <message>
        <source>Paid. Waiting for Toss to confirm (check %1)…</source>
        <translation>Paid. Waiting for Toss to confirm (check %1)…</translation>
    </message>
    <message>
        <source>Paid: Toss confirmed the payout (SUCCESS). Activity #%1.</source>
        <translation>Paid: Toss confirmed the payout (SUCCESS). Activity #%1.</translation>
    </message>
    <message>
        <source>Reconciled: the payout was made (once). Nothing was sent again.</source>
        <translation>Reconciled: the payout was made (once). Nothing was sent again.</translation>
    </message>
    <message>
        <source>Reconciled: no points were paid with this key. You may start a new payout.</source>
        <translation>Reconciled: no points were paid with this key. You may start a new payout.</translation>
    </message>
    <message>
        <source>Stopped waiting. The payout may still be made: use Reconcile to find out. Do not pay again.</source>
        <translation>Stopped waiting. The payout may still be made: use Reconcile to find out. Do not pay again.</translation>
    </message>
    <message>
        <source>Asking Toss about the same key…</source>
        <translation>Asking Toss about the same key…</translation>
    </message>
    <message>
        <source>Promotion c&amp;ode:</source>
        <translation>Promotion c&amp;ode:</translation>
    </message>
    <message>
        <source>Confirm the amount</source>
        <translation>Confirm the amount</translation>
    </message>
    <message>
        <source>This payout is above %1 points. Type the amount (%2) to confirm:</source>
        <translation>This payout is above %1 points. Type the amount (%2) to confirm:</translation>
    </message>
    <message>
        <source>The typed amount did not match. Nothing was sent.</source>
        <translation>The typed amount did not match. Nothing was sent.</translation>
    </message>
    <message>
        <source>Copy promotion key</source>
        <translation>Copy promotion key</translation>
    </message>
    <message>
        <source>Copies the one-time key of the last payout: Toss support asks for it.</source>
        <translation>Copies the one-time key of the last payout: Toss support asks for it.</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copy error details</translation>
    </message>
    <message>
        <source>The profile&apos;s certificate is not loaded yet.</source>
        <translation>The profile&apos;s certificate is not loaded yet.</translation>
    </message>
    <message>
        <source>A payout to this user from this promotion is on its way: wait for its result.</source>
        <translation>A payout to this user from this promotion is on its way: wait for its result.</translation>
    </message>
    <message>
        <source>The last payout to this user from this promotion has no known outcome. Do not pay again: use Reconcile to find out whether it was paid.</source>
        <translation>The last payout to this user from this promotion has no known outcome. Do not pay again: use Reconcile to find out whether it was paid.</translation>
    </message>
    <message>
        <source>Make test payout</source>
        <translation>Make test payout</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Payout (activity #%1)</source>
        <translation>Payout (activity #%1)</translation>
    </message>
    <message>
        <source>A promotion code has letters, digits, _ and - only, at most 100.</source>
        <translation>A promotion code has letters, digits, _ and - only, at most 100.</translation>
    </message>
    <message>
        <source>A user key has digits only, at most 19.</source>
        <translation>A user key has digits only, at most 19.</translation>
    </message>
    <message>
        <source>Points: digits only, at most %1 a payout (Settings: Largest payout).</source>
        <translation>Points: digits only, at most %1 a payout (Settings: Largest payout).</translation>
    </message>
    <message>
        <source>Make test payout anyway</source>
        <translation>Make test payout anyway</translation>
    </message>
    <message>
        <source>Pay anyway</source>
        <translation>Pay anyway</translation>
    </message>
</context>
<context>
    <name>ait::gui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Check the certificate before it is stored in the OS keychain.</source>
        <translation>Check the certificate before it is stored in the OS keychain.</translation>
    </message>
    <message>
        <source>I have read the warnings and want to store this certificate.</source>
        <translation>I have read the warnings and want to store this certificate.</translation>
    </message>
    <message>
        <source>New profile:</source>
        <translation>New profile:</translation>
    </message>
    <message>
        <source>Existing profile:</source>
        <translation>Existing profile:</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Store into:</source>
        <translation>Store into:</translation>
    </message>
    <message>
        <source>A private key is needed to store an identity.</source>
        <translation>A private key is needed to store an identity.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>%1 %2 bits — %3</source>
        <translation>%1 %2 bits — %3</translation>
    </message>
    <message>
        <source>matches the certificate</source>
        <translation>matches the certificate</translation>
    </message>
    <message>
        <source>does NOT match the certificate</source>
        <translation>does NOT match the certificate</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Extended key usage</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Replace the active certificate?</source>
        <translation>Replace the active certificate?</translation>
    </message>
    <message>
        <source>Give the new profile a name.</source>
        <translation>Give the new profile a name.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists: choose another name, or store into that profile.</source>
        <translation>A profile named &quot;%1&quot; already exists: choose another name, or store into that profile.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; already uses &quot;%2&quot; (valid until %3).

Make the new certificate the active one? Either way both stay in the profile, so you can switch later in the Certificates tab.</source>
        <translation>Profile &quot;%1&quot; already uses &quot;%2&quot; (valid until %3).

Make the new certificate the active one? Either way both stay in the profile, so you can switch later in the Certificates tab.</translation>
    </message>
    <message>
        <source>Make the new one active</source>
        <translation>Make the new one active</translation>
    </message>
    <message>
        <source>Keep &quot;%1&quot; active</source>
        <translation>Keep &quot;%1&quot; active</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ait::gui::SelectPage</name>
    <message>
        <source>Choose the certificate</source>
        <translation>Choose the certificate</translation>
    </message>
    <message>
        <source>Use the files downloaded from the Apps in Toss console (mTLS certificate), a PKCS#12 file, or paste the PEM text. You can also drop the files here.</source>
        <translation>Use the files downloaded from the Apps in Toss console (mTLS certificate), a PKCS#12 file, or paste the PEM text. You can also drop the files here.</translation>
    </message>
    <message>
        <source>Certificate file and key file</source>
        <translation>Certificate file and key file</translation>
    </message>
    <message>
        <source>One file: PEM bundle or PKCS#12 (.p12, .pfx)</source>
        <translation>One file: PEM bundle or PKCS#12 (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Paste PEM text</source>
        <translation>Paste PEM text</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Choose the certificate file</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Private key:</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Choose the private key file</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Choose the bundle or PKCS#12 file</source>
        <translation>Choose the bundle or PKCS#12 file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
</context>
<context>
    <name>ait::gui::SessionTab</name>
    <message>
        <source>Toss said: %1</source>
        <translation>Toss said: %1</translation>
    </message>
    <message>
        <source>Show everything for this user</source>
        <translation>Show everything for this user</translation>
    </message>
    <message>
        <source>Activity: every operation on record for this user key.</source>
        <translation>Activity: every operation on record for this user key.</translation>
    </message>
</context>
<context>
    <name>ait::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> won</source>
        <translation> won</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Confirmations</translation>
    </message>
    <message>
        <source>Type the amount to refund more than:</source>
        <translation>Type the amount to refund more than:</translation>
    </message>
    <message>
        <source>Type the amount to pay more than:</source>
        <translation>Type the amount to pay more than:</translation>
    </message>
    <message>
        <source>Largest payout:</source>
        <translation>Largest payout:</translation>
    </message>
    <message>
        <source>Above this amount a refund is confirmed by typing the amount, not only with a button.</source>
        <translation>Above this amount a refund is confirmed by typing the amount, not only with a button.</translation>
    </message>
    <message>
        <source>Above this amount a real payout is confirmed by typing the amount (TEST_ codes never are).</source>
        <translation>Above this amount a real payout is confirmed by typing the amount (TEST_ codes never are).</translation>
    </message>
    <message>
        <source>The Promotions tab takes no larger amount: a guard against a slipped digit.</source>
        <translation>The Promotions tab takes no larger amount: a guard against a slipped digit.</translation>
    </message>
    <message>
        <source> calls a minute</source>
        <translation> calls a minute</translation>
    </message>
    <message>
        <source> users</source>
        <translation> users</translation>
    </message>
    <message>
        <source>This profile&apos;s share of the %L1 calls a minute Toss allows the app as a whole: leave room for others working at the same time.</source>
        <translation>This profile&apos;s share of the %L1 calls a minute Toss allows the app as a whole: leave room for others working at the same time.</translation>
    </message>
    <message>
        <source>Bulk runs</source>
        <translation>Bulk runs</translation>
    </message>
    <message>
        <source>Pace (share of the app&apos;s %L1):</source>
        <translation>Pace (share of the app&apos;s %L1):</translation>
    </message>
    <message>
        <source>Calls at once:</source>
        <translation>Calls at once:</translation>
    </message>
    <message>
        <source>Users per message call:</source>
        <translation>Users per message call:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A call that receives nothing for this long is given up.</source>
        <translation>A call that receives nothing for this long is given up.</translation>
    </message>
    <message>
        <source>No call takes longer than this, however slowly the answer arrives. At least the silence limit.</source>
        <translation>No call takes longer than this, however slowly the answer arrives. At least the silence limit.</translation>
    </message>
    <message>
        <source>Network (from the next profile opened)</source>
        <translation>Network (from the next profile opened)</translation>
    </message>
    <message>
        <source>Give up after silence of:</source>
        <translation>Give up after silence of:</translation>
    </message>
    <message>
        <source>Give up any call after:</source>
        <translation>Give up any call after:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>&amp;Language (from the next start):</source>
        <translation>&amp;Language (from the next start):</translation>
    </message>
    <message>
        <source>&amp;This computer: the journal is a file on this computer</source>
        <translation>&amp;This computer: the journal is a file on this computer</translation>
    </message>
    <message>
        <source>T&amp;eam: one PostgreSQL database for every operator&apos;s console</source>
        <translation>T&amp;eam: one PostgreSQL database for every operator&apos;s console</translation>
    </message>
    <message>
        <source>journal.example.com</source>
        <translation>journal.example.com</translation>
    </message>
    <message>
        <source>Your own database role: the journal records it as the operator of everything you do.</source>
        <translation>Your own database role: the journal records it as the operator of everything you do.</translation>
    </message>
    <message>
        <source>Verify the server with TLS (its certificate and name: sslmode=verify-full)</source>
        <translation>Verify the server with TLS (its certificate and name: sslmode=verify-full)</translation>
    </message>
    <message>
        <source>Off only for a server on this computer: the password and every operation cross the network.</source>
        <translation>Off only for a server on this computer: the password and every operation cross the network.</translation>
    </message>
    <message>
        <source>PEM file of the CA that signed the server&apos;s certificate</source>
        <translation>PEM file of the CA that signed the server&apos;s certificate</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Test &amp;connection</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Team database</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA &amp;file:</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA file</translation>
    </message>
    <message>
        <source>The journal changes at the next start of ait-console (ait-cli uses it from its next command). When the team database cannot be reached, refunds, payouts and messages are refused; the console never turns to this computer&apos;s journal on its own. The password is kept in the OS keychain, not in the settings.</source>
        <translation>The journal changes at the next start of ait-console (ait-cli uses it from its next command). When the team database cannot be reached, refunds, payouts and messages are refused; the console never turns to this computer&apos;s journal on its own. The password is kept in the OS keychain, not in the settings.</translation>
    </message>
    <message>
        <source>CA file of the team database</source>
        <translation>CA file of the team database</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>stored in the OS keychain: type a new one to replace it</source>
        <translation>stored in the OS keychain: type a new one to replace it</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connected to %1: the team journal is ready, and records you as %2.</source>
        <translation>Connected to %1: the team journal is ready, and records you as %2.</translation>
    </message>
    <message>
        <source>The password could not be stored in the OS keychain: %1 %2</source>
        <translation>The password could not be stored in the OS keychain: %1 %2</translation>
    </message>
</context>
<context>
    <name>ait::gui::StorePage</name>
    <message>
        <source>Store in the OS keychain</source>
        <translation>Store in the OS keychain</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>A profile with this name already exists. Go back and choose another name.</source>
        <translation>A profile with this name already exists. Go back and choose another name.</translation>
    </message>
    <message>
        <source>Storing the key and certificate in the OS keychain…</source>
        <translation>Storing the key and certificate in the OS keychain…</translation>
    </message>
    <message>
        <source>The certificate was not stored. %1

%2</source>
        <translation>The certificate was not stored. %1

%2</translation>
    </message>
    <message>
        <source>Stored. The private key now lives in the OS keychain, not in a file.</source>
        <translation>Stored. The private key now lives in the OS keychain, not in a file.</translation>
    </message>
    <message>
        <source>Delete the original files or lock them away:
%1</source>
        <translation>Delete the original files or lock them away:
%1</translation>
    </message>
    <message>
        <source>The key file is inside a Git working tree: make sure it was never committed, and remove it from there.</source>
        <translation>The key file is inside a Git working tree: make sure it was never committed, and remove it from there.</translation>
    </message>
    <message>
        <source>Switch the console to profile &quot;%1&quot; (%2) now</source>
        <translation>Switch the console to profile &quot;%1&quot; (%2) now</translation>
    </message>
</context>
<context>
    <name>ait::gui::TestPaymentPanel</name>
    <message>
        <source>Developer tools: test payment</source>
        <translation>Developer tools: test payment</translation>
    </message>
    <message>
        <source>Test product</source>
        <translation>Test product</translation>
    </message>
    <message>
        <source> won</source>
        <translation> won</translation>
    </message>
    <message>
        <source>&amp;Make and execute test payment</source>
        <translation>&amp;Make and execute test payment</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Reconcile</translation>
    </message>
    <message>
        <source>User key:</source>
        <translation>User key:</translation>
    </message>
    <message>
        <source>orderNo:</source>
        <translation>orderNo:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>This profile is read-only.</translation>
    </message>
    <message>
        <source>Making the test payment…</source>
        <translation>Making the test payment…</translation>
    </message>
    <message>
        <source>Test payment done: %1 won, payToken %2.</source>
        <translation>Test payment done: %1 won, payToken %2.</translation>
    </message>
    <message>
        <source>Reconciled: the test payment was completed.</source>
        <translation>Reconciled: the test payment was completed.</translation>
    </message>
    <message>
        <source>Reconciled: the test payment was not completed.</source>
        <translation>Reconciled: the test payment was not completed.</translation>
    </message>
    <message>
        <source>A user key has digits only, at most 19.</source>
        <translation>A user key has digits only, at most 19.</translation>
    </message>
    <message>
        <source>An orderNo has at most 50 characters.</source>
        <translation>An orderNo has at most 50 characters.</translation>
    </message>
    <message>
        <source>Amount: digits only, at most %1 won.</source>
        <translation>Amount: digits only, at most %1 won.</translation>
    </message>
</context>
<context>
    <name>ait::journal::JournalSettings</name>
    <message>
        <source>The PostgreSQL driver is not installed with ait-console (Qt&apos;s QPSQL plugin, on Debian and Ubuntu the package libqt6sql6-psql).</source>
        <translation>The PostgreSQL driver is not installed with ait-console (Qt&apos;s QPSQL plugin, on Debian and Ubuntu the package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The team database refused the user %1 with this password. Check the user name and the password.</source>
        <translation>The team database refused the user %1 with this password. Check the user name and the password.</translation>
    </message>
    <message>
        <source>The team database asks for a password: enter the password of the user %1.</source>
        <translation>The team database asks for a password: enter the password of the user %1.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the host name and this computer&apos;s network.</source>
        <translation>The server name %1 could not be found. Check the host name and this computer&apos;s network.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not made out to %1: connect with the name its certificate carries.</source>
        <translation>The server&apos;s certificate is not made out to %1: connect with the name its certificate carries.</translation>
    </message>
    <message>
        <source>There is no CA file to check the server&apos;s certificate with: choose the CA file your administrator gave you.</source>
        <translation>There is no CA file to check the server&apos;s certificate with: choose the CA file your administrator gave you.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: it is not signed by the CA in the CA file, or it has expired. Check the CA file with your administrator.</source>
        <translation>The server&apos;s certificate is not trusted: it is not signed by the CA in the CA file, or it has expired. Check the CA file with your administrator.</translation>
    </message>
    <message>
        <source>The server at %1 does not offer TLS. Ask your administrator to turn TLS on.</source>
        <translation>The server at %1 does not offer TLS. Ask your administrator to turn TLS on.</translation>
    </message>
    <message>
        <source>The server at %1 does not accept this user from this computer (pg_hba.conf). Ask your administrator.</source>
        <translation>The server at %1 does not accept this user from this computer (pg_hba.conf). Ask your administrator.</translation>
    </message>
    <message>
        <source>There is no database %1 on the server at %2.</source>
        <translation>There is no database %1 on the server at %2.</translation>
    </message>
    <message>
        <source>The team database has no user %1. Ask your administrator for your own role.</source>
        <translation>The team database has no user %1. Ask your administrator for your own role.</translation>
    </message>
    <message>
        <source>The user %1 may not use the journal&apos;s tables. Ask your administrator to grant the role ait_operator (README, &quot;Team journal&quot;).</source>
        <translation>The user %1 may not use the journal&apos;s tables. Ask your administrator to grant the role ait_operator (README, &quot;Team journal&quot;).</translation>
    </message>
    <message>
        <source>The team database server at %1 cannot be reached. Check the host and port, and that the server is running.</source>
        <translation>The team database server at %1 cannot be reached. Check the host and port, and that the server is running.</translation>
    </message>
    <message>
        <source>The team database could not be opened: %1</source>
        <translation>The team database could not be opened: %1</translation>
    </message>
</context>
<context>
    <name>ait::journal::TeamDatabase</name>
    <message>
        <source>Enter the team database&apos;s host, port, database and user.</source>
        <translation>Enter the team database&apos;s host, port, database and user.</translation>
    </message>
    <message>
        <source>A team database on another computer is reached only over TLS.</source>
        <translation>A team database on another computer is reached only over TLS.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>The CA file %1 cannot be read.</translation>
    </message>
</context>
<context>
    <name>ait::keychain::CredentialStore</name>
    <message>
        <source>Nothing is stored in the OS keychain under this name.</source>
        <translation>Nothing is stored in the OS keychain under this name.</translation>
    </message>
    <message>
        <source>Import the certificate again.</source>
        <translation>Import the certificate again.</translation>
    </message>
    <message>
        <source>No OS keychain is running.</source>
        <translation>No OS keychain is running.</translation>
    </message>
    <message>
        <source>On Linux, start GNOME Keyring or KWallet (log in to a desktop session). On a server, run the console inside &quot;dbus-run-session&quot; with &quot;gnome-keyring-daemon --unlock&quot;. Keys are never stored in a plain file instead.</source>
        <translation>On Linux, start GNOME Keyring or KWallet (log in to a desktop session). On a server, run the console inside &quot;dbus-run-session&quot; with &quot;gnome-keyring-daemon --unlock&quot;. Keys are never stored in a plain file instead.</translation>
    </message>
    <message>
        <source>The OS keychain refused access.</source>
        <translation>The OS keychain refused access.</translation>
    </message>
    <message>
        <source>Unlock the keychain (for example by logging in again) and try again.</source>
        <translation>Unlock the keychain (for example by logging in again) and try again.</translation>
    </message>
    <message>
        <source>The keychain&apos;s request for permission was cancelled.</source>
        <translation>The keychain&apos;s request for permission was cancelled.</translation>
    </message>
    <message>
        <source>Try again and allow access when the keychain asks.</source>
        <translation>Try again and allow access when the keychain asks.</translation>
    </message>
    <message>
        <source>The entry in the OS keychain is damaged or incomplete.</source>
        <translation>The entry in the OS keychain is damaged or incomplete.</translation>
    </message>
    <message>
        <source>Remove the identity and import the certificate again.</source>
        <translation>Remove the identity and import the certificate again.</translation>
    </message>
    <message>
        <source>The OS keychain reported an error.</source>
        <translation>The OS keychain reported an error.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, restart the keychain service or the computer.</source>
        <translation>Try again; if it keeps failing, restart the keychain service or the computer.</translation>
    </message>
</context>
<context>
    <name>ait::ops::MessageService</name>
    <message>
        <source>This user already got %1 messages in the last minute, the partner&apos;s limit. Nothing was sent.</source>
        <translation>This user already got %1 messages in the last minute, the partner&apos;s limit. Nothing was sent.</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>Wait a minute and try again.</translation>
    </message>
    <message>
        <source>There is no message waiting to be sent.</source>
        <translation>There is no message waiting to be sent.</translation>
    </message>
</context>
<context>
    <name>ait::ops::MoneyServices</name>
    <message>
        <source>The activity journal is not available, so no refund, payout or message can be recorded or sent.</source>
        <translation>The activity journal is not available, so no refund, payout or message can be recorded or sent.</translation>
    </message>
    <message>
        <source>The activity journal&apos;s file was removed or replaced while the console was running. Restart the console.</source>
        <translation>The activity journal&apos;s file was removed or replaced while the console was running. Restart the console.</translation>
    </message>
    <message>
        <source>The team journal (%1) cannot be reached, so no refund, payout or message can be recorded or sent. Nothing was sent.</source>
        <translation>The team journal (%1) cannot be reached, so no refund, payout or message can be recorded or sent. Nothing was sent.</translation>
    </message>
</context>
<context>
    <name>ait::ops::Operation</name>
    <message>
        <source>%1 started it at %2 (operation #%3).</source>
        <translation>%1 started it at %2 (operation #%3).</translation>
    </message>
    <message>
        <source>Nothing was sent: the team journal (%1) cannot be reached, so the operation could not be recorded first.</source>
        <translation>Nothing was sent: the team journal (%1) cannot be reached, so the operation could not be recorded first.</translation>
    </message>
    <message>
        <source>Refunds, payouts and messages stay disabled until the team database answers again; the console does not switch to this computer&apos;s journal on its own. Lookups still work.</source>
        <translation>Refunds, payouts and messages stay disabled until the team database answers again; the console does not switch to this computer&apos;s journal on its own. Lookups still work.</translation>
    </message>
    <message>
        <source>Another operation on this target is already in progress or its outcome is unknown.</source>
        <translation>Another operation on this target is already in progress or its outcome is unknown.</translation>
    </message>
    <message>
        <source>Request #%1 cannot be sent: it is not approved, or it was sent already.</source>
        <translation>Request #%1 cannot be sent: it is not approved, or it was sent already.</translation>
    </message>
    <message>
        <source>Approval by a second operator works only with the team journal (Settings → Journal).</source>
        <translation>Approval by a second operator works only with the team journal (Settings → Journal).</translation>
    </message>
    <message>
        <source>Request #%1 for the same target is waiting for a second operator&apos;s approval: nothing else is sent on it until it is decided and sent.</source>
        <translation>Request #%1 for the same target is waiting for a second operator&apos;s approval: nothing else is sent on it until it is decided and sent.</translation>
    </message>
</context>
<context>
    <name>ait::ops::PayoutService</name>
    <message>
        <source>Enter the promotion code.</source>
        <translation>Enter the promotion code.</translation>
    </message>
    <message>
        <source>A promotion code has only letters, digits, _ and -.</source>
        <translation>A promotion code has only letters, digits, _ and -.</translation>
    </message>
    <message>
        <source>Enter the userKey (a positive whole number).</source>
        <translation>Enter the userKey (a positive whole number).</translation>
    </message>
    <message>
        <source>The amount must be a positive whole number of points.</source>
        <translation>The amount must be a positive whole number of points.</translation>
    </message>
    <message>
        <source>A payout to this user from this promotion is already in progress or its outcome is unknown.</source>
        <translation>A payout to this user from this promotion is already in progress or its outcome is unknown.</translation>
    </message>
    <message>
        <source>Toss reported the payout as FAILED: no points were paid.</source>
        <translation>Toss reported the payout as FAILED: no points were paid.</translation>
    </message>
    <message>
        <source>The payout was accepted, but Toss has not confirmed it yet (%1 after %2 checks).</source>
        <translation>The payout was accepted, but Toss has not confirmed it yet (%1 after %2 checks).</translation>
    </message>
    <message>
        <source>Use Reconcile later: it asks again with the same key and never pays twice.</source>
        <translation>Use Reconcile later: it asks again with the same key and never pays twice.</translation>
    </message>
    <message>
        <source>There is no open payout to reconcile.</source>
        <translation>There is no open payout to reconcile.</translation>
    </message>
    <message>
        <source>Toss has not finished this payout yet (PENDING). Reconcile again later.</source>
        <translation>Toss has not finished this payout yet (PENDING). Reconcile again later.</translation>
    </message>
    <message>
        <source>There is no payout waiting to be paid.</source>
        <translation>There is no payout waiting to be paid.</translation>
    </message>
    <message>
        <source>Nothing was paid: you may start a new payout.</source>
        <translation>Nothing was paid: you may start a new payout.</translation>
    </message>
    <message>
        <source>A request for this payout is already awaiting approval.</source>
        <translation>A request for this payout is already awaiting approval.</translation>
    </message>
    <message>
        <source>Request #%1 cannot be sent: it is not an approved payout.</source>
        <translation>Request #%1 cannot be sent: it is not an approved payout.</translation>
    </message>
    <message>
        <source>Request #%1 was approved for another certificate (another profile or environment): send it with the profile it was asked with.</source>
        <translation>Request #%1 was approved for another certificate (another profile or environment): send it with the profile it was asked with.</translation>
    </message>
</context>
<context>
    <name>ait::ops::RawCallService</name>
    <message>
        <source>execute-promotion needs the promotion key in &quot;key&quot;: it is how the payout is found again.</source>
        <translation>execute-promotion needs the promotion key in &quot;key&quot;: it is how the payout is found again.</translation>
    </message>
    <message>
        <source>An operation on the same target is already in progress or its outcome is unknown (#%1).</source>
        <translation>An operation on the same target is already in progress or its outcome is unknown (#%1).</translation>
    </message>
</context>
<context>
    <name>ait::ops::RecentlySettled</name>
    <message>
        <source>%1 refunded %2 won of this payment at %3 (operation #%4).</source>
        <translation>%1 refunded %2 won of this payment at %3 (operation #%4).</translation>
    </message>
    <message>
        <source>%1 paid %2 points to this user from this promotion at %3 (operation #%4).</source>
        <translation>%1 paid %2 points to this user from this promotion at %3 (operation #%4).</translation>
    </message>
    <message>
        <source>%1 made this test payment at %2 (operation #%3).</source>
        <translation>%1 made this test payment at %2 (operation #%3).</translation>
    </message>
    <message>
        <source>Another operator settled this in the last %1 hours:</source>
        <translation>Another operator settled this in the last %1 hours:</translation>
    </message>
    <message>
        <source>…and %1 more: see Activity.</source>
        <translation>…and %1 more: see Activity.</translation>
    </message>
</context>
<context>
    <name>ait::ops::RefundService</name>
    <message>
        <source>A refund needs the payToken.</source>
        <translation>A refund needs the payToken.</translation>
    </message>
    <message>
        <source>A refund of this payment is already in progress or its outcome is unknown.</source>
        <translation>A refund of this payment is already in progress or its outcome is unknown.</translation>
    </message>
    <message>
        <source>There is no open refund to reconcile.</source>
        <translation>There is no open refund to reconcile.</translation>
    </message>
    <message>
        <source>A request for this refund is already awaiting approval.</source>
        <translation>A request for this refund is already awaiting approval.</translation>
    </message>
    <message>
        <source>Request #%1 cannot be sent: it is not an approved refund.</source>
        <translation>Request #%1 cannot be sent: it is not an approved refund.</translation>
    </message>
    <message>
        <source>Request #%1 was approved for another certificate (another profile or environment): send it with the profile it was asked with.</source>
        <translation>Request #%1 was approved for another certificate (another profile or environment): send it with the profile it was asked with.</translation>
    </message>
</context>
<context>
    <name>ait::ops::TestPaymentService</name>
    <message>
        <source>Enter the userKey (a positive whole number).</source>
        <translation>Enter the userKey (a positive whole number).</translation>
    </message>
    <message>
        <source>The orderNo must be 1 to 50 characters.</source>
        <translation>The orderNo must be 1 to 50 characters.</translation>
    </message>
    <message>
        <source>Enter a product description.</source>
        <translation>Enter a product description.</translation>
    </message>
    <message>
        <source>The amount must be a positive whole number of won.</source>
        <translation>The amount must be a positive whole number of won.</translation>
    </message>
    <message>
        <source>A payment with this orderNo is already in progress.</source>
        <translation>A payment with this orderNo is already in progress.</translation>
    </message>
    <message>
        <source>There is no open test payment to reconcile.</source>
        <translation>There is no open test payment to reconcile.</translation>
    </message>
</context>
<context>
    <name>ait::profiles::ProfileStore</name>
    <message>
        <source>The profile does not exist.</source>
        <translation>The profile does not exist.</translation>
    </message>
    <message>
        <source>This certificate cannot be stored: %1</source>
        <translation>This certificate cannot be stored: %1</translation>
    </message>
    <message>
        <source>The private key could not be encoded.</source>
        <translation>The private key could not be encoded.</translation>
    </message>
    <message>
        <source>The decryption key must be base64 text of 32 bytes (AES-256), as in the e-mail from Apps in Toss.</source>
        <translation>The decryption key must be base64 text of 32 bytes (AES-256), as in the e-mail from Apps in Toss.</translation>
    </message>
    <message>
        <source>The AAD is missing; it comes in the same e-mail as the key.</source>
        <translation>The AAD is missing; it comes in the same e-mail as the key.</translation>
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
