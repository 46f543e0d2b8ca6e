<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>croupier::client</name>
    <message>
        <location filename="../../app/client/src/ConnectionCore.cpp" line="28"/>
        <source>Cannot read the %1 file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/ConnectionCore.cpp" line="32"/>
        <source>The %1 file %2 holds no PEM data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/ConnectionCore.cpp" line="41"/>
        <source>The profile names no CA certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/ConnectionCore.cpp" line="43"/>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/ConnectionCore.cpp" line="50"/>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/ConnectionCore.cpp" line="54"/>
        <source>client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/FunctionsClient.cpp" line="58"/>
        <source>The function reported an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/FunctionsClient.cpp" line="59"/>
        <source>The function reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/FunctionsClient.cpp" line="106"/>
        <source>The values cannot be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/ServerConnection.cpp" line="25"/>
        <location filename="../../app/client/src/StatusMapping.cpp" line="82"/>
        <source>Please sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="39"/>
        <source>The secure connection to the server failed. Check the profile&apos;s CA certificate and server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="41"/>
        <source>Cannot reach the server. Check the address and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="46"/>
        <source>The server did not answer in time. The operation may still complete; check again before retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="51"/>
        <location filename="../../app/client/src/StatusMapping.cpp" line="187"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="55"/>
        <source>The server did not accept the sign-in. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="59"/>
        <source>The server refused the request: it is too large or the server is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="63"/>
        <source>The request failed (%1). The server may be a different version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="71"/>
        <source>Wrong username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="74"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="77"/>
        <source>Your session was ended (signed out or revoked). Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="80"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="88"/>
        <source>You do not have the permission &quot;%1&quot; needed for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="92"/>
        <source>You may not act in %1 / %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="94"/>
        <source>You are not allowed to do this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="100"/>
        <source>The server is busy. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/client/src/StatusMapping.cpp" line="104"/>
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many requests. Try again in %n second.</numerusform>
            <numerusform>Too many requests. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="115"/>
        <source>The request was refused as invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="121"/>
        <source>Some values are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="129"/>
        <source>The function %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="130"/>
        <source>The function %1 is disabled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="132"/>
        <source>This cannot be done now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="139"/>
        <source>No agent serving %1 is online. Try again once its game server is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="142"/>
        <source>The server cannot do this right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="163"/>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="175"/>
        <source>The function did not finish in time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="183"/>
        <source>Already exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="191"/>
        <source>The server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::client::ApprovalsClient</name>
    <message>
        <location filename="../../app/client/src/ApprovalsClient.cpp" line="136"/>
        <source>A rejection needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::client::ConnectionCore</name>
    <message>
        <location filename="../../app/client/src/ConnectionCore.cpp" line="83"/>
        <source>The profile has no server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/ConnectionCore.cpp" line="171"/>
        <source>Not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::client::FunctionsClient</name>
    <message>
        <location filename="../../app/client/src/FunctionsClient.cpp" line="210"/>
        <source>The function&apos;s descriptor cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::client::LocalServer</name>
    <message>
        <location filename="../../app/client/src/LocalServer.cpp" line="139"/>
        <source>The bundled croupier-server was not found beside the console or on PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/LocalServer.cpp" line="157"/>
        <source>Creating the local server&apos;s data in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/LocalServer.cpp" line="166"/>
        <source>Setting up the local server failed (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/LocalServer.cpp" line="180"/>
        <location filename="../../app/client/src/LocalServer.cpp" line="215"/>
        <source>Cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/LocalServer.cpp" line="189"/>
        <source>Cannot read the local server&apos;s CA certificate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/LocalServer.cpp" line="195"/>
        <source>No free port on 127.0.0.1 for the local server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/LocalServer.cpp" line="198"/>
        <source>Starting the local server on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/LocalServer.cpp" line="229"/>
        <source>The local server did not become ready within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/LocalServer.cpp" line="241"/>
        <source>The local server is running on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/LocalServer.cpp" line="262"/>
        <source>The local server crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/LocalServer.cpp" line="263"/>
        <source>The local server exited with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::client::TokenVault</name>
    <message>
        <location filename="../../app/client/src/TokenVault.cpp" line="27"/>
        <source>No keychain available: you will need to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::console::ConsoleApp</name>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="19"/>
        <source>Local server (bundled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="96"/>
        <source>The language changes the next time you start the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="148"/>
        <source>A new local server was set up. Its administrator is &quot;admin&quot; with the password %1 — note it now, it is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="189"/>
        <source>No server profile named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="204"/>
        <source>Starting the local server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="211"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="346"/>
        <source>%1 is not registered in this scope any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="359"/>
        <source>canceled from the console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::console::ConsolePages</name>
    <message>
        <location filename="../../app/ConsolePages.cpp" line="38"/>
        <source>&amp;Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ConsolePages.cpp" line="39"/>
        <source>A&amp;pprovals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ConsolePages.cpp" line="40"/>
        <source>A&amp;udit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ConsolePages.cpp" line="56"/>
        <source>Croupier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ConsolePages.cpp" line="90"/>
        <source>Approval requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ConsolePages.cpp" line="91"/>
        <source>%1 asks to run %2 (%3 / %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::models::AgentsModel</name>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="299"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="301"/>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="303"/>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="307"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="326"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="330"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="333"/>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="336"/>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="339"/>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="341"/>
        <source>%1 d ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="348"/>
        <source>Agent %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="349"/>
        <source>Labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="350"/>
        <location filename="../../app/models/src/AgentsModel.cpp" line="361"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="352"/>
        <source>Agent reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="354"/>
        <source>Last heartbeat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="356"/>
        <source>Registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="360"/>
        <source>Functions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="449"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="451"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="453"/>
        <source>Game / env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="455"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="457"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="459"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="461"/>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="463"/>
        <source>Last heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::models::ApprovalsController</name>
    <message>
        <location filename="../../app/models/src/ApprovalsController.cpp" line="24"/>
        <source>The approvals inbox stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsController.cpp" line="133"/>
        <source>Could not approve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsController.cpp" line="136"/>
        <source>Could not reject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsController.cpp" line="139"/>
        <source>Could not cancel the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsController.cpp" line="153"/>
        <source>Approved. %1 now runs as job %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsController.cpp" line="154"/>
        <source>Approved %1 (%2 of %3 approvals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsController.cpp" line="160"/>
        <source>Rejected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsController.cpp" line="163"/>
        <source>Your request for %1 was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::models::ApprovalsModel</name>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="129"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="161"/>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="164"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="164"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="173"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="175"/>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="177"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="179"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="181"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="183"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="185"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="195"/>
        <source>Waiting for approvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="197"/>
        <source>Approved and run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="199"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="201"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="203"/>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="207"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="213"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="215"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="217"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="229"/>
        <source>This request is already decided (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="232"/>
        <source>You requested this call; someone else must approve or reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="236"/>
        <source>You have already approved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="240"/>
        <source>You may not decide this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="242"/>
        <source>You may not decide this request: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="248"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="251"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="254"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="256"/>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::models::AuditController</name>
    <message>
        <location filename="../../app/models/src/AuditController.cpp" line="27"/>
        <source>Verifying the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditController.cpp" line="38"/>
        <source>The chain could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/src/AuditController.cpp" line="45"/>
        <source>The audit chain is intact: %n record(s) checked.</source>
        <translation>
            <numerusform>The audit chain is intact: %n record checked.</numerusform>
            <numerusform>The audit chain is intact: %n records checked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditController.cpp" line="51"/>
        <source>The audit chain is broken at record #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditController.cpp" line="75"/>
        <location filename="../../app/models/src/AuditController.cpp" line="116"/>
        <location filename="../../app/models/src/AuditController.cpp" line="130"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditController.cpp" line="84"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditController.cpp" line="92"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditController.cpp" line="110"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/src/AuditController.cpp" line="134"/>
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>Exported %n record to %1.</numerusform>
            <numerusform>Exported %n records to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>croupier::models::AuditModel</name>
    <message>
        <location filename="../../app/models/src/AuditModel.cpp" line="186"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditModel.cpp" line="188"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditModel.cpp" line="190"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditModel.cpp" line="192"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditModel.cpp" line="194"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditModel.cpp" line="196"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditModel.cpp" line="198"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditModel.cpp" line="200"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditModel.cpp" line="202"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditModel.cpp" line="226"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditModel.cpp" line="228"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::models::CatalogModel</name>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="59"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="288"/>
        <source>You lack the permission %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="291"/>
        <source>Disabled (kill switch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="294"/>
        <source>No agent online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="303"/>
        <source>no permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="306"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="309"/>
        <source>no agent online</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/src/CatalogModel.cpp" line="313"/>
        <source>needs %n approval(s)</source>
        <translation>
            <numerusform>needs %n approval</numerusform>
            <numerusform>needs %n approvals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="324"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="326"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="328"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::models::FunctionRegistrationsModel</name>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="233"/>
        <source>Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="235"/>
        <source>No agent online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="239"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="268"/>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="313"/>
        <source>%1 (switched off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="287"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="309"/>
        <source>%1 in %2/%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="313"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="318"/>
        <source>Agents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="318"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="320"/>
        <source>Descriptor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="367"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="369"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="371"/>
        <source>Game / env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="373"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="375"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="377"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::models::InvokeController</name>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="52"/>
        <source>A new version (%1) of this function was registered. Reload the form to use it; the old form cannot be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="57"/>
        <source>This function was disabled (kill switch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="59"/>
        <source>No agent serving this function is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="71"/>
        <location filename="../../app/models/src/InvokeController.cpp" line="90"/>
        <source>This function is no longer registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="83"/>
        <source>No function selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="87"/>
        <source>You lack the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="93"/>
        <source>A new version was registered: reload the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="96"/>
        <source>This function is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="99"/>
        <source>No agent online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="102"/>
        <source>A call is running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::models::JobsModel</name>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="11"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="14"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="16"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="153"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="155"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="157"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="159"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="161"/>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="171"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="173"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="175"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="177"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="179"/>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="181"/>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="183"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="185"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="187"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::models::RegistrationsController</name>
    <message>
        <location filename="../../app/models/src/RegistrationsController.cpp" line="158"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/RegistrationsController.cpp" line="160"/>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/RegistrationsController.cpp" line="162"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/RegistrationsController.cpp" line="162"/>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/RegistrationsController.cpp" line="166"/>
        <source>Not watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/RegistrationsController.cpp" line="189"/>
        <source>Sign in to disable or enable functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/RegistrationsController.cpp" line="191"/>
        <source>You need the %1 permission to disable or enable functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/RegistrationsController.cpp" line="205"/>
        <source>%1 is enabled again everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/RegistrationsController.cpp" line="206"/>
        <source>%1 is disabled everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/RegistrationsController.cpp" line="208"/>
        <source>%1 is enabled again on agent %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/RegistrationsController.cpp" line="209"/>
        <source>%1 is disabled on agent %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::ApprovalDecisionDialog</name>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="27"/>
        <source>Approve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="30"/>
        <source>Reject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="33"/>
        <source>Cancel request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="71"/>
        <source>Approve %1, requested by %2, with the parameters below?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="75"/>
        <source>Reject %1, requested by %2? It will not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="79"/>
        <source>Cancel your request for %1? It will not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="107"/>
        <source>Comment (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="110"/>
        <source>Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="113"/>
        <source>Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="134"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="139"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="142"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="145"/>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="163"/>
        <source>Type the reason for the rejection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::ApprovalDetailsView</name>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="38"/>
        <source>Select an approval to see what it would run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="58"/>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="59"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="60"/>
        <source>Requested at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="61"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="62"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="63"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="64"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="65"/>
        <source>Payload hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="82"/>
        <source>Parameters (frozen; sensitive values masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="84"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="118"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="121"/>
        <source>(approvers: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="140"/>
        <source>No decision yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="145"/>
        <source>✔ %1 approved at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="146"/>
        <source>✘ %1 rejected at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::ApprovalsPage</name>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="27"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="28"/>
        <source>New requests and decisions appear as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="31"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="32"/>
        <source>The list may be out of date until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="39"/>
        <source>The inbox is not being updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="123"/>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="291"/>
        <source>&amp;Waiting for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="124"/>
        <source>&amp;My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="125"/>
        <source>A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="152"/>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="154"/>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="156"/>
        <source>&amp;Cancel request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="158"/>
        <source>&amp;Open job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="38"/>
        <source>Not live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="273"/>
        <source>Select an approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="290"/>
        <source>&amp;Waiting for me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="302"/>
        <source>Nothing is waiting for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="305"/>
        <source>You have no requests waiting for approval or decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="308"/>
        <source>No approvals to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::ArrayField</name>
    <message>
        <location filename="../../ui/src/ArrayField.cpp" line="20"/>
        <source>No items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ArrayField.cpp" line="24"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ArrayField.cpp" line="45"/>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ArrayField.cpp" line="46"/>
        <source>%1 %2</source>
        <comment>item title, number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ArrayField.cpp" line="62"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ArrayField.cpp" line="63"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ArrayField.cpp" line="64"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::AuditFilterBar</name>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="30"/>
        <source>any user, agent or system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="32"/>
        <source>any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="36"/>
        <source>An exact action such as auth.login, or a prefix ending in a dot such as approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="38"/>
        <source>any function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="39"/>
        <source>any game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="40"/>
        <source>any env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="41"/>
        <source>any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="47"/>
        <source>F&amp;rom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="50"/>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="53"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="55"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="57"/>
        <source>Apply the filters (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="96"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="122"/>
        <source>A&amp;ctor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="123"/>
        <source>Ac&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="124"/>
        <source>F&amp;unction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="125"/>
        <source>&amp;Game:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="126"/>
        <source>E&amp;nv:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="127"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="202"/>
        <source>The start of the time range must be earlier than its end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::AuditPage</name>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="31"/>
        <source>Export audit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="33"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="85"/>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="87"/>
        <source>Check on the server that no audit record was changed or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="95"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="97"/>
        <source>Save every record matching the applied filters as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="103"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="129"/>
        <source>The first record whose hash or link does not match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="172"/>
        <source>&amp;Show record #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/AuditPage.cpp" line="179"/>
        <source>Exporting… %n record(s) written</source>
        <translation>
            <numerusform>Exporting… %n record written</numerusform>
            <numerusform>Exporting… %n records written</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="238"/>
        <source>Apply the filters to load audit records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="240"/>
        <source>Loading audit records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/AuditPage.cpp" line="241"/>
        <source>%n record(s) shown; loading more…</source>
        <translation>
            <numerusform>%n record shown; loading more…</numerusform>
            <numerusform>%n records shown; loading more…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="243"/>
        <source>The audit records could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/AuditPage.cpp" line="244"/>
        <source>%n record(s) shown; the next page could not be loaded.</source>
        <translation>
            <numerusform>%n record shown; the next page could not be loaded.</numerusform>
            <numerusform>%n records shown; the next page could not be loaded.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="246"/>
        <source>No audit records match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/AuditPage.cpp" line="248"/>
        <source>%n record(s) match these filters.</source>
        <translation>
            <numerusform>%n record matches these filters.</numerusform>
            <numerusform>%n records match these filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/AuditPage.cpp" line="250"/>
        <source>%n record(s) shown, newest first; scroll down for older ones.</source>
        <translation>
            <numerusform>%n record shown, newest first; scroll down for older ones.</numerusform>
            <numerusform>%n records shown, newest first; scroll down for older ones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>croupier::ui::AuditRecordView</name>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="58"/>
        <source>Select a record to see all of its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="67"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="79"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="81"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="83"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="84"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="85"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="85"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="86"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="87"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="88"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="89"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="90"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="91"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="92"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="93"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="94"/>
        <source>Previous hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="95"/>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::ConfirmDialog</name>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="32"/>
        <source>Confirm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="87"/>
        <source>Run %1 with the parameters below?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="100"/>
        <source>After you confirm, the request waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="109"/>
        <source>Parameters to be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="132"/>
        <source>This is a high-risk operation. To confirm, type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="141"/>
        <source>Type the value shown above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="142"/>
        <source>Confirmation target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="154"/>
        <source>Send for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="154"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::DateTimeField</name>
    <message>
        <location filename="../../ui/src/DateTimeField.cpp" line="48"/>
        <source>Send this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/DateTimeField.cpp" line="58"/>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::EnumField</name>
    <message>
        <location filename="../../ui/src/EnumField.cpp" line="11"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/EnumField.cpp" line="11"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/EnumField.cpp" line="55"/>
        <source>%1 (not allowed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::ErrorBanner</name>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="37"/>
        <location filename="../../ui/src/ErrorBanner.cpp" line="38"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/ErrorBanner.cpp" line="90"/>
        <source>Retry in %n s.</source>
        <translation>
            <numerusform>Retry in %n s.</numerusform>
            <numerusform>Retry in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="94"/>
        <source>Missing permission: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="102"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="104"/>
        <source>You do not have permission to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="106"/>
        <source>Some parameters are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="108"/>
        <source>It was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="110"/>
        <source>This function is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="112"/>
        <source>This cannot be done right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="114"/>
        <source>No agent is online for this function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="116"/>
        <source>The server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="118"/>
        <source>The call timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="120"/>
        <source>Too many calls; slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="122"/>
        <source>It already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="124"/>
        <source>The call was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="128"/>
        <source>Something went wrong on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::InvokePage</name>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="35"/>
        <source>waiting for approvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="38"/>
        <location filename="../../ui/src/InvokePage.cpp" line="66"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="41"/>
        <location filename="../../ui/src/InvokePage.cpp" line="68"/>
        <source>approved and running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="44"/>
        <location filename="../../ui/src/InvokePage.cpp" line="74"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="47"/>
        <location filename="../../ui/src/InvokePage.cpp" line="76"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="50"/>
        <location filename="../../ui/src/InvokePage.cpp" line="78"/>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="62"/>
        <source>waiting for approvers, %1 of %2 approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="70"/>
        <source>approved, job completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="72"/>
        <source>approved, job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="127"/>
        <source>Reload form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="137"/>
        <source>Run as job (progress, cancel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="139"/>
        <location filename="../../ui/src/InvokePage.cpp" line="279"/>
        <source>Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="257"/>
        <location filename="../../ui/src/InvokePage.cpp" line="268"/>
        <source>Sent for approval: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="278"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::JobPanel</name>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="110"/>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="171"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="171"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="208"/>
        <source>Elapsed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="281"/>
        <location filename="../../ui/src/JobPanel.cpp" line="295"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="285"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="272"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="275"/>
        <source>%1% %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="285"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="311"/>
        <source>The job was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="314"/>
        <source>The job took too long and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="317"/>
        <source>The agent running the job went away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="319"/>
        <source>The approval request was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="321"/>
        <source>The approval request expired before it was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="323"/>
        <source>The job failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::JobsPage</name>
    <message>
        <location filename="../../ui/src/JobsPage.cpp" line="50"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/JobsPage.cpp" line="58"/>
        <source>Filter by function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/JobsPage.cpp" line="60"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/JobsPage.cpp" line="62"/>
        <source>Open history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/JobsPage.cpp" line="64"/>
        <source>Run again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::KillSwitchDialog</name>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="16"/>
        <source>Enable %1 on every agent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="17"/>
        <source>Disable %1 on every agent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="19"/>
        <source>Enable %1 on agent %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="20"/>
        <source>Disable %1 on agent %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="26"/>
        <source>Calls are accepted again on every agent that serves it (unless disabled on that agent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="28"/>
        <source>Calls may be routed to this agent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="31"/>
        <source>The server refuses every call to it until it is enabled again. Running jobs are not stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="33"/>
        <source>Calls are no longer routed to this agent; other agents keep serving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="46"/>
        <source>Enable function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="46"/>
        <source>Disable function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="67"/>
        <source>Optional, recorded in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="69"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="74"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="74"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::LoginDialog</name>
    <message>
        <location filename="../../ui/src/LoginDialog.cpp" line="15"/>
        <source>Sign in to Croupier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/LoginDialog.cpp" line="24"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/LoginDialog.cpp" line="25"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/LoginDialog.cpp" line="26"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/LoginDialog.cpp" line="42"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/LoginDialog.cpp" line="114"/>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::MainWindow</name>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="38"/>
        <source>Croupier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="43"/>
        <source>&amp;Invoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="44"/>
        <location filename="../../ui/src/MainWindow.cpp" line="127"/>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="79"/>
        <source>Game and environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="82"/>
        <source>Search functions (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="119"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="120"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="122"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="123"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="125"/>
        <source>&amp;Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="125"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="127"/>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="129"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="132"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="146"/>
        <source>Jobs in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="191"/>
        <source>● Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="195"/>
        <source>● Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="199"/>
        <source>● Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="203"/>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="220"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="221"/>
        <location filename="../../ui/src/MainWindow.cpp" line="294"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::MultiSelectField</name>
    <message>
        <location filename="../../ui/src/MultiSelectField.cpp" line="75"/>
        <source>%1 (not allowed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::NumberField</name>
    <message>
        <location filename="../../ui/src/NumberField.cpp" line="39"/>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/NumberField.cpp" line="41"/>
        <source>At least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/NumberField.cpp" line="43"/>
        <source>At most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/NumberField.cpp" line="46"/>
        <source>A multiple of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/NumberField.cpp" line="74"/>
        <source>Enter a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/NumberField.cpp" line="74"/>
        <source>Enter a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::RawJsonField</name>
    <message>
        <location filename="../../ui/src/RawJsonField.cpp" line="28"/>
        <source>JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/RawJsonField.cpp" line="75"/>
        <source>Not valid JSON (near character %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::RegistrationsPage</name>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="91"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="165"/>
        <source>Search id, address, label, function… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="174"/>
        <source>Show only rows in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="214"/>
        <source>Kill switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="217"/>
        <source>F&amp;unction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="223"/>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="229"/>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="231"/>
        <source>E&amp;nable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="268"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="288"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="290"/>
        <source>&amp;Agents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="292"/>
        <source>&amp;Functions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="299"/>
        <source>Changes appear as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="300"/>
        <source>The list may be out of date until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="356"/>
        <source>Select a row to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="381"/>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="391"/>
        <source>Every agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="383"/>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="390"/>
        <source>Agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="403"/>
        <source>Select a function, or an agent, first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::ResultView</name>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="56"/>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="57"/>
        <source>Show the result as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="61"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="62"/>
        <source>Copy the result as JSON to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="125"/>
        <source>The call returned no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="127"/>
        <source>The result is an empty list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="128"/>
        <source>The result is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="143"/>
        <source>(whole request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="144"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="151"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="189"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="189"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="278"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="278"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::RiskBadge</name>
    <message>
        <location filename="../../ui/src/RiskBadge.cpp" line="65"/>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/RiskBadge.cpp" line="67"/>
        <source>Medium risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/RiskBadge.cpp" line="69"/>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::RiskBanner</name>
    <message numerus="yes">
        <location filename="../../ui/src/RiskBanner.cpp" line="59"/>
        <source>This function needs approval by %n approver(s) before it runs.</source>
        <translation>
            <numerusform>This function needs approval by %n approver before it runs.</numerusform>
            <numerusform>This function needs approval by %n approvers before it runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/RiskBanner.cpp" line="62"/>
        <source>This function needs approval by %n approver(s) (%1) before it runs.</source>
        <translation>
            <numerusform>This function needs approval by %n approver (%1) before it runs.</numerusform>
            <numerusform>This function needs approval by %n approvers (%1) before it runs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>croupier::ui::SchemaErrorText</name>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="15"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="19"/>
        <source>Does not match the expected pattern %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="22"/>
        <source>Each item may appear only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="24"/>
        <source>Choose one of the allowed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="26"/>
        <source>Has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="47"/>
        <source>Must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="50"/>
        <source>Must be at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="53"/>
        <source>Must be greater than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="56"/>
        <source>Must be less than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="59"/>
        <source>Must be a multiple of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/SchemaErrorText.cpp" line="62"/>
        <source>Must be at least %n character(s)</source>
        <translation>
            <numerusform>Must be at least %n character</numerusform>
            <numerusform>Must be at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/SchemaErrorText.cpp" line="65"/>
        <source>Must be at most %n character(s)</source>
        <translation>
            <numerusform>Must be at most %n character</numerusform>
            <numerusform>Must be at most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/SchemaErrorText.cpp" line="68"/>
        <source>Needs at least %n item(s)</source>
        <translation>
            <numerusform>Needs at least %n item</numerusform>
            <numerusform>Needs at least %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/SchemaErrorText.cpp" line="71"/>
        <source>Allows at most %n item(s)</source>
        <translation>
            <numerusform>Allows at most %n item</numerusform>
            <numerusform>Allows at most %n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="79"/>
        <source>Must be an email address such as name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="82"/>
        <source>Must be a full address such as https://example.com/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="85"/>
        <source>Must be a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="88"/>
        <source>Must be a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::SchemaField</name>
    <message>
        <location filename="../../ui/src/SchemaField.cpp" line="35"/>
        <source>Enter a value or remove this item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::SchemaFieldLabel</name>
    <message>
        <location filename="../../ui/src/SchemaFieldLabel.cpp" line="23"/>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::StringField</name>
    <message>
        <location filename="../../ui/src/StringField.cpp" line="22"/>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/StringField.cpp" line="24"/>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/StringField.cpp" line="47"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/StringField.cpp" line="47"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/StringField.cpp" line="48"/>
        <source>Hide the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/StringField.cpp" line="48"/>
        <source>Show the value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="38"/>
        <source>Croupier operator console: run game functions, follow jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="43"/>
        <source>Server address host:port (saved as a profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="47"/>
        <source>CA certificate (PEM) of that server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="51"/>
        <source>Name for the --connect profile (default: the address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="56"/>
        <source>User name to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="60"/>
        <source>Sign in at once with the password in this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
