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
        <location filename="../../app/client/src/FunctionsClient.cpp" line="59"/>
        <source>The function reported an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/FunctionsClient.cpp" line="60"/>
        <source>The function reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/ServerConnection.cpp" line="26"/>
        <location filename="../../app/client/src/StatusMapping.cpp" line="83"/>
        <source>Please sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="40"/>
        <source>The secure connection to the server failed. Check the profile&apos;s CA certificate and server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="42"/>
        <source>Cannot reach the server. Check the address and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="47"/>
        <source>The server did not answer in time. The operation may still complete; check again before retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="52"/>
        <location filename="../../app/client/src/StatusMapping.cpp" line="188"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="56"/>
        <source>The server did not accept the sign-in. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="60"/>
        <source>The server refused the request: it is too large or the server is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="64"/>
        <source>The request failed (%1). The server may be a different version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="72"/>
        <source>Wrong username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="75"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="78"/>
        <source>Your session was ended (signed out or revoked). Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="81"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="89"/>
        <source>You do not have the permission &quot;%1&quot; needed for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="93"/>
        <source>You may not act in %1 / %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="95"/>
        <source>You are not allowed to do this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="101"/>
        <source>The server is busy. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/client/src/StatusMapping.cpp" line="105"/>
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many requests. Try again in %n second.</numerusform>
            <numerusform>Too many requests. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="116"/>
        <source>The request was refused as invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="122"/>
        <source>Some values are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="130"/>
        <source>The function %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="131"/>
        <source>The function %1 is disabled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="133"/>
        <source>This cannot be done now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="140"/>
        <source>No agent serving %1 is online. Try again once its game server is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="143"/>
        <source>The server cannot do this right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="164"/>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="176"/>
        <source>The function did not finish in time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="184"/>
        <source>Already exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="192"/>
        <source>The server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::client::ConnectionCore</name>
    <message>
        <location filename="../../app/client/src/ConnectionCore.cpp" line="94"/>
        <source>The profile has no server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/client/src/ConnectionCore.cpp" line="175"/>
        <source>Not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::client::FunctionsClient</name>
    <message>
        <location filename="../../app/client/src/FunctionsClient.cpp" line="211"/>
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
    <name>croupier::client::Request</name>
    <message>
        <location filename="../../app/client/src/FunctionsClient.cpp" line="107"/>
        <source>The values cannot be sent: %1</source>
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
        <location filename="../../app/ConsoleApp.cpp" line="95"/>
        <source>The language changes the next time you start the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="142"/>
        <source>A new local server was set up. Its administrator is &quot;admin&quot; with the password %1 — note it now, it is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="188"/>
        <source>No server profile named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="203"/>
        <source>Starting the local server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="210"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="326"/>
        <source>%1 is not registered in this scope any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="339"/>
        <source>canceled from the console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::models::CatalogModel</name>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="53"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="282"/>
        <source>You lack the permission %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="285"/>
        <source>Disabled (kill switch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="288"/>
        <source>No agent online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="297"/>
        <source>no permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="300"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="303"/>
        <source>no agent online</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/src/CatalogModel.cpp" line="307"/>
        <source>needs %n approval(s)</source>
        <translation>
            <numerusform>needs %n approval</numerusform>
            <numerusform>needs %n approvals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="318"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="320"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="322"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::models::InvokeController</name>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="54"/>
        <source>A new version (%1) of this function was registered. Reload the form to use it; the old form cannot be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="59"/>
        <source>This function was disabled (kill switch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="61"/>
        <source>No agent serving this function is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="73"/>
        <location filename="../../app/models/src/InvokeController.cpp" line="92"/>
        <source>This function is no longer registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="85"/>
        <source>No function selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="89"/>
        <source>You lack the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="95"/>
        <source>A new version was registered: reload the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="98"/>
        <source>This function is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="101"/>
        <source>No agent online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="104"/>
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
    <name>croupier::ui::ConfirmDialog</name>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="39"/>
        <source>Confirm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="94"/>
        <source>Run %1 with the parameters below?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="107"/>
        <source>After you confirm, the request waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="116"/>
        <source>Parameters to be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="139"/>
        <source>This is a high-risk operation. To confirm, type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="148"/>
        <source>Type the value shown above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="149"/>
        <source>Confirmation target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="161"/>
        <source>Send for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="161"/>
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
        <location filename="../../ui/src/ErrorBanner.cpp" line="42"/>
        <location filename="../../ui/src/ErrorBanner.cpp" line="43"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/ErrorBanner.cpp" line="95"/>
        <source>Retry in %n s.</source>
        <translation>
            <numerusform>Retry in %n s.</numerusform>
            <numerusform>Retry in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="99"/>
        <source>Missing permission: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="107"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="109"/>
        <source>You do not have permission to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="111"/>
        <source>Some parameters are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="113"/>
        <source>It was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="115"/>
        <source>This function is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="117"/>
        <source>This cannot be done right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="119"/>
        <source>No agent is online for this function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="121"/>
        <source>The server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="123"/>
        <source>The call timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="125"/>
        <source>Too many calls; slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="127"/>
        <source>It already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="129"/>
        <source>The call was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="133"/>
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
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="41"/>
        <source>approved and running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="44"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="47"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="50"/>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="96"/>
        <source>Reload form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="106"/>
        <source>Run as job (progress, cancel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="108"/>
        <location filename="../../ui/src/InvokePage.cpp" line="233"/>
        <source>Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="223"/>
        <source>Sent for approval: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="232"/>
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
        <location filename="../../ui/src/MainWindow.cpp" line="124"/>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="77"/>
        <source>Game and environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="80"/>
        <source>Search functions (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="117"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="118"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="120"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="121"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="122"/>
        <source>&amp;Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="122"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="124"/>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="125"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="128"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="142"/>
        <source>Jobs in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="187"/>
        <source>● Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="191"/>
        <source>● Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="195"/>
        <source>● Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="199"/>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="214"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="215"/>
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
        <location filename="../../ui/src/RiskBadge.cpp" line="63"/>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/RiskBadge.cpp" line="65"/>
        <source>Medium risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/src/RiskBadge.cpp" line="67"/>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>croupier::ui::RiskBanner</name>
    <message numerus="yes">
        <location filename="../../ui/src/RiskBanner.cpp" line="68"/>
        <source>This function needs approval by %n approver(s) before it runs.</source>
        <translation>
            <numerusform>This function needs approval by %n approver before it runs.</numerusform>
            <numerusform>This function needs approval by %n approvers before it runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/RiskBanner.cpp" line="71"/>
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
