<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>croupier::client</name>
    <message>
        <location filename="../../app/client/src/ConnectionCore.cpp" line="28"/>
        <source>Cannot read the %1 file %2.</source>
        <translation>无法读取%1文件 %2。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/ConnectionCore.cpp" line="32"/>
        <source>The %1 file %2 holds no PEM data.</source>
        <translation>%1文件 %2 中没有 PEM 数据。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/ConnectionCore.cpp" line="41"/>
        <source>The profile names no CA certificate file.</source>
        <translation>连接配置未指定 CA 证书文件。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/ConnectionCore.cpp" line="43"/>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location filename="../../app/client/src/ConnectionCore.cpp" line="50"/>
        <source>client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <location filename="../../app/client/src/ConnectionCore.cpp" line="54"/>
        <source>client key</source>
        <translation>客户端私钥</translation>
    </message>
    <message>
        <location filename="../../app/client/src/FunctionsClient.cpp" line="58"/>
        <source>The function reported an error (%1).</source>
        <translation>函数返回了错误 (%1)。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/FunctionsClient.cpp" line="59"/>
        <source>The function reported an error: %1</source>
        <translation>函数返回了错误：%1</translation>
    </message>
    <message>
        <location filename="../../app/client/src/FunctionsClient.cpp" line="106"/>
        <source>The values cannot be sent: %1</source>
        <translation>无法发送参数值：%1</translation>
    </message>
    <message>
        <location filename="../../app/client/src/ServerConnection.cpp" line="25"/>
        <location filename="../../app/client/src/StatusMapping.cpp" line="82"/>
        <source>Please sign in.</source>
        <translation>请登录。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="39"/>
        <source>The secure connection to the server failed. Check the profile&apos;s CA certificate and server name.</source>
        <translation>与服务器的安全连接失败。请检查连接配置中的 CA 证书和服务器名称。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="41"/>
        <source>Cannot reach the server. Check the address and that the server is running.</source>
        <translation>无法连接服务器。请检查地址，并确认服务器正在运行。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="46"/>
        <source>The server did not answer in time. The operation may still complete; check again before retrying.</source>
        <translation>服务器未及时响应。操作可能仍会完成，请先确认结果再重试。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="51"/>
        <location filename="../../app/client/src/StatusMapping.cpp" line="187"/>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="55"/>
        <source>The server did not accept the sign-in. Please sign in again.</source>
        <translation>服务器未接受本次登录，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="59"/>
        <source>The server refused the request: it is too large or the server is busy.</source>
        <translation>服务器拒绝了请求：请求过大或服务器繁忙。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="63"/>
        <source>The request failed (%1). The server may be a different version.</source>
        <translation>请求失败 (%1)。服务器可能是不同的版本。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="71"/>
        <source>Wrong username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="74"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>会话已过期，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="77"/>
        <source>Your session was ended (signed out or revoked). Please sign in again.</source>
        <translation>会话已结束（已退出登录或被吊销），请重新登录。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="80"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>该账号已被禁用，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="88"/>
        <source>You do not have the permission &quot;%1&quot; needed for this.</source>
        <translation>缺少执行此操作所需的权限“%1”。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="92"/>
        <source>You may not act in %1 / %2.</source>
        <translation>无权在 %1 / %2 中操作。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="94"/>
        <source>You are not allowed to do this: %1</source>
        <translation>无权执行此操作：%1</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="100"/>
        <source>The server is busy. Try again later.</source>
        <translation>服务器繁忙，请稍后重试。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/client/src/StatusMapping.cpp" line="104"/>
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>请求过多，请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="115"/>
        <source>The request was refused as invalid: %1</source>
        <translation>请求无效，已被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="121"/>
        <source>Some values are not valid: %1</source>
        <translation>部分参数值无效：%1</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="129"/>
        <source>The function %1 is disabled.</source>
        <translation>函数 %1 已被禁用。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="130"/>
        <source>The function %1 is disabled: %2</source>
        <translation>函数 %1 已被禁用：%2</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="132"/>
        <source>This cannot be done now: %1</source>
        <translation>当前无法执行此操作：%1</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="139"/>
        <source>No agent serving %1 is online. Try again once its game server is connected.</source>
        <translation>没有在线的 Agent 可执行 %1。请在对应游戏服连上后重试。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="142"/>
        <source>The server cannot do this right now: %1</source>
        <translation>服务器暂时无法执行此操作：%1</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="163"/>
        <source>Not found: %1</source>
        <translation>未找到：%1</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="175"/>
        <source>The function did not finish in time: %1</source>
        <translation>函数未能按时完成：%1</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="183"/>
        <source>Already exists: %1</source>
        <translation>已存在：%1</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="191"/>
        <source>The server reported an error: %1</source>
        <translation>服务器返回错误：%1</translation>
    </message>
</context>
<context>
    <name>croupier::client::ApprovalsClient</name>
    <message>
        <location filename="../../app/client/src/ApprovalsClient.cpp" line="136"/>
        <source>A rejection needs a reason.</source>
        <translation>驳回时必须填写理由。</translation>
    </message>
</context>
<context>
    <name>croupier::client::ConnectionCore</name>
    <message>
        <location filename="../../app/client/src/ConnectionCore.cpp" line="83"/>
        <source>The profile has no server address.</source>
        <translation>连接配置中没有服务器地址。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/ConnectionCore.cpp" line="171"/>
        <source>Not connected to a server.</source>
        <translation>未连接服务器。</translation>
    </message>
</context>
<context>
    <name>croupier::client::FunctionsClient</name>
    <message>
        <location filename="../../app/client/src/FunctionsClient.cpp" line="210"/>
        <source>The function&apos;s descriptor cannot be read: %1</source>
        <translation>无法读取该函数的描述符：%1</translation>
    </message>
</context>
<context>
    <name>croupier::client::LocalServer</name>
    <message>
        <location filename="../../app/client/src/LocalServer.cpp" line="139"/>
        <source>The bundled croupier-server was not found beside the console or on PATH.</source>
        <translation>在控制台所在目录和 PATH 中都找不到内置的 croupier-server。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/LocalServer.cpp" line="157"/>
        <source>Creating the local server&apos;s data in %1…</source>
        <translation>正在 %1 中创建本地服务器数据…</translation>
    </message>
    <message>
        <location filename="../../app/client/src/LocalServer.cpp" line="166"/>
        <source>Setting up the local server failed (exit code %1).</source>
        <translation>本地服务器初始化失败（退出码 %1）。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/LocalServer.cpp" line="180"/>
        <location filename="../../app/client/src/LocalServer.cpp" line="215"/>
        <source>Cannot run %1: %2</source>
        <translation>无法运行 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/client/src/LocalServer.cpp" line="189"/>
        <source>Cannot read the local server&apos;s CA certificate %1.</source>
        <translation>无法读取本地服务器的 CA 证书 %1。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/LocalServer.cpp" line="195"/>
        <source>No free port on 127.0.0.1 for the local server.</source>
        <translation>127.0.0.1 上没有可供本地服务器使用的空闲端口。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/LocalServer.cpp" line="198"/>
        <source>Starting the local server on %1…</source>
        <translation>正在 %1 上启动本地服务器…</translation>
    </message>
    <message>
        <location filename="../../app/client/src/LocalServer.cpp" line="229"/>
        <source>The local server did not become ready within %1 s.</source>
        <translation>本地服务器在 %1 秒内未就绪。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/LocalServer.cpp" line="241"/>
        <source>The local server is running on %1.</source>
        <translation>本地服务器正在 %1 上运行。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/LocalServer.cpp" line="262"/>
        <source>The local server crashed.</source>
        <translation>本地服务器已崩溃。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/LocalServer.cpp" line="263"/>
        <source>The local server exited with code %1.</source>
        <translation>本地服务器已退出，退出码 %1。</translation>
    </message>
</context>
<context>
    <name>croupier::client::Request</name>
    <message>
        <source>The values cannot be sent: %1</source>
        <translation type="vanished">无法发送参数值：%1</translation>
    </message>
</context>
<context>
    <name>croupier::client::TokenVault</name>
    <message>
        <location filename="../../app/client/src/TokenVault.cpp" line="27"/>
        <source>No keychain available: you will need to sign in again next time.</source>
        <translation>没有可用的系统钥匙串：下次启动时需要重新登录。</translation>
    </message>
</context>
<context>
    <name>croupier::console::ConsoleApp</name>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="19"/>
        <source>Local server (bundled)</source>
        <translation>本地服务器（内置）</translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="96"/>
        <source>The language changes the next time you start the console.</source>
        <translation>语言将在下次启动控制台时生效。</translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="148"/>
        <source>A new local server was set up. Its administrator is &quot;admin&quot; with the password %1 — note it now, it is shown only once.</source>
        <translation>已创建新的本地服务器。管理员账号为“admin”，密码为 %1。请立即记下，密码只显示这一次。</translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="189"/>
        <source>No server profile named %1.</source>
        <translation>没有名为 %1 的服务器配置。</translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="204"/>
        <source>Starting the local server…</source>
        <translation>正在启动本地服务器…</translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="211"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="346"/>
        <source>%1 is not registered in this scope any more.</source>
        <translation>当前游戏与环境中已没有 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="359"/>
        <source>canceled from the console</source>
        <translation>在控制台中取消</translation>
    </message>
</context>
<context>
    <name>croupier::console::ConsolePages</name>
    <message>
        <location filename="../../app/ConsolePages.cpp" line="38"/>
        <source>&amp;Registrations</source>
        <translation>注册(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ConsolePages.cpp" line="39"/>
        <source>A&amp;pprovals</source>
        <translation>审批(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ConsolePages.cpp" line="40"/>
        <source>A&amp;udit</source>
        <translation>审计(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ConsolePages.cpp" line="56"/>
        <source>Croupier</source>
        <translation>Croupier</translation>
    </message>
    <message>
        <location filename="../../app/ConsolePages.cpp" line="90"/>
        <source>Approval requested</source>
        <translation>新的审批请求</translation>
    </message>
    <message>
        <location filename="../../app/ConsolePages.cpp" line="91"/>
        <source>%1 asks to run %2 (%3 / %4).</source>
        <translation>%1 申请执行 %2（%3 / %4）。</translation>
    </message>
</context>
<context>
    <name>croupier::models::AgentsModel</name>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="299"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="301"/>
        <source>Stale</source>
        <translation>心跳超时</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="303"/>
        <source>Connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="307"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="326"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="330"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="333"/>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="336"/>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="339"/>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="341"/>
        <source>%1 d ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="348"/>
        <source>Agent %1 (%2)</source>
        <translation>Agent %1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="349"/>
        <source>Labels: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="350"/>
        <location filename="../../app/models/src/AgentsModel.cpp" line="361"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="352"/>
        <source>Agent reports: %1</source>
        <translation>代理上报：%1</translation>
    </message>
    <message>
        <source>Heartbeat status: %1</source>
        <translation type="vanished">心跳状态：%1</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="354"/>
        <source>Last heartbeat: %1</source>
        <translation>最近心跳：%1</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="356"/>
        <source>Registered: %1</source>
        <translation>注册时间：%1</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="360"/>
        <source>Functions: %1</source>
        <translation>函数：%1</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="449"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="451"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="453"/>
        <source>Game / env</source>
        <translation>游戏/环境</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="455"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="457"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="459"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="461"/>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AgentsModel.cpp" line="463"/>
        <source>Last heartbeat</source>
        <translation>最近心跳</translation>
    </message>
</context>
<context>
    <name>croupier::models::ApprovalsController</name>
    <message>
        <location filename="../../app/models/src/ApprovalsController.cpp" line="24"/>
        <source>The approvals inbox stopped: %1</source>
        <translation>审批列表已停止更新：%1</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsController.cpp" line="133"/>
        <source>Could not approve: %1</source>
        <translation>批准失败：%1</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsController.cpp" line="136"/>
        <source>Could not reject: %1</source>
        <translation>驳回失败：%1</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsController.cpp" line="139"/>
        <source>Could not cancel the request: %1</source>
        <translation>取消申请失败：%1</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsController.cpp" line="153"/>
        <source>Approved. %1 now runs as job %2.</source>
        <translation>已批准，%1 正在以任务 %2 执行。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsController.cpp" line="154"/>
        <source>Approved %1 (%2 of %3 approvals).</source>
        <translation>已批准 %1（已有 %2/%3 人批准）。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsController.cpp" line="160"/>
        <source>Rejected %1.</source>
        <translation>已驳回 %1。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsController.cpp" line="163"/>
        <source>Your request for %1 was canceled.</source>
        <translation>%1 的申请已取消。</translation>
    </message>
</context>
<context>
    <name>croupier::models::ApprovalsModel</name>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="129"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="161"/>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="164"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="164"/>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="173"/>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="175"/>
        <source>Requester</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="177"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="179"/>
        <source>Age</source>
        <translation>已等待</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="181"/>
        <source>Approvals</source>
        <translation>审批进度</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="183"/>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="185"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="195"/>
        <source>Waiting for approvers</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="197"/>
        <source>Approved and run</source>
        <translation>已批准并执行</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="199"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="201"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="203"/>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="207"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="213"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="215"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="217"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="229"/>
        <source>This request is already decided (%1).</source>
        <translation>该申请已处理（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="232"/>
        <source>You requested this call; someone else must approve or reject it.</source>
        <translation>这是你发起的调用，须由其他人批准或驳回。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="236"/>
        <source>You have already approved it.</source>
        <translation>你已批准过该申请。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="240"/>
        <source>You may not decide this request.</source>
        <translation>无权审批该申请。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="242"/>
        <source>You may not decide this request: %1.</source>
        <translation>无权审批该申请：%1。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="248"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="251"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="254"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../app/models/src/ApprovalsModel.cpp" line="256"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>croupier::models::AuditController</name>
    <message>
        <location filename="../../app/models/src/AuditController.cpp" line="27"/>
        <source>Verifying the audit chain…</source>
        <translation>正在校验审计链…</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditController.cpp" line="38"/>
        <source>The chain could not be verified: %1</source>
        <translation>无法校验审计链：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/src/AuditController.cpp" line="45"/>
        <source>The audit chain is intact: %n record(s) checked.</source>
        <translation>
            <numerusform>审计链完整：已校验 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditController.cpp" line="51"/>
        <source>The audit chain is broken at record #%1: %2</source>
        <translation>审计链在记录 #%1 处断裂：%2</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditController.cpp" line="75"/>
        <location filename="../../app/models/src/AuditController.cpp" line="116"/>
        <location filename="../../app/models/src/AuditController.cpp" line="130"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditController.cpp" line="84"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditController.cpp" line="92"/>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditController.cpp" line="110"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/src/AuditController.cpp" line="134"/>
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>croupier::models::AuditModel</name>
    <message>
        <location filename="../../app/models/src/AuditModel.cpp" line="186"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditModel.cpp" line="188"/>
        <source>Actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditModel.cpp" line="190"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditModel.cpp" line="192"/>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditModel.cpp" line="194"/>
        <source>Scope</source>
        <translation>游戏/环境</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditModel.cpp" line="196"/>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditModel.cpp" line="198"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditModel.cpp" line="200"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditModel.cpp" line="202"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditModel.cpp" line="226"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../../app/models/src/AuditModel.cpp" line="228"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>croupier::models::CatalogModel</name>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="59"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="288"/>
        <source>You lack the permission %1</source>
        <translation>缺少权限 %1</translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="291"/>
        <source>Disabled (kill switch)</source>
        <translation>已禁用（紧急开关）</translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="294"/>
        <source>No agent online</source>
        <translation>没有在线的 Agent</translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="303"/>
        <source>no permission</source>
        <translation>无权限</translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="306"/>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="309"/>
        <source>no agent online</source>
        <translation>无在线 Agent</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/src/CatalogModel.cpp" line="313"/>
        <source>needs %n approval(s)</source>
        <translation>
            <numerusform>需 %n 人审批</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="324"/>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="326"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="328"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>croupier::models::FunctionRegistrationsModel</name>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="233"/>
        <source>Serving</source>
        <translation>服务中</translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="235"/>
        <source>No agent online</source>
        <translation>没有在线的 Agent</translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="239"/>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="268"/>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="313"/>
        <source>%1 (switched off)</source>
        <translation>%1（已禁用）</translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="287"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="309"/>
        <source>%1 in %2/%3: %4</source>
        <translation>%1（%2/%3）：%4</translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="313"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="318"/>
        <source>Agents: %1</source>
        <translation>Agent：%1</translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="318"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="320"/>
        <source>Descriptor: %1</source>
        <translation>描述符：%1</translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="367"/>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="369"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="371"/>
        <source>Game / env</source>
        <translation>游戏/环境</translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="373"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="375"/>
        <source>Agents</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../app/models/src/FunctionRegistrationsModel.cpp" line="377"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
</context>
<context>
    <name>croupier::models::InvokeController</name>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="52"/>
        <source>A new version (%1) of this function was registered. Reload the form to use it; the old form cannot be submitted.</source>
        <translation>该函数已注册新版本 (%1)。请重新加载表单后使用，旧表单无法提交。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="57"/>
        <source>This function was disabled (kill switch).</source>
        <translation>该函数已被禁用（紧急开关）。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="59"/>
        <source>No agent serving this function is online.</source>
        <translation>没有在线的 Agent 可执行该函数。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="71"/>
        <location filename="../../app/models/src/InvokeController.cpp" line="90"/>
        <source>This function is no longer registered.</source>
        <translation>该函数已不再注册。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="83"/>
        <source>No function selected.</source>
        <translation>未选择函数。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="87"/>
        <source>You lack the permission %1.</source>
        <translation>缺少权限 %1。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="93"/>
        <source>A new version was registered: reload the form.</source>
        <translation>已注册新版本：请重新加载表单。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="96"/>
        <source>This function is disabled.</source>
        <translation>该函数已被禁用。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="99"/>
        <source>No agent online.</source>
        <translation>没有在线的 Agent。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="102"/>
        <source>A call is running.</source>
        <translation>调用正在进行中。</translation>
    </message>
</context>
<context>
    <name>croupier::models::JobsModel</name>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="11"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="14"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="16"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="153"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="155"/>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="157"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="159"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="161"/>
        <source>Job ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="171"/>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="173"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="175"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="177"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="179"/>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="181"/>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="183"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="185"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../app/models/src/JobsModel.cpp" line="187"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>croupier::models::RegistrationsController</name>
    <message>
        <location filename="../../app/models/src/RegistrationsController.cpp" line="158"/>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../../app/models/src/RegistrationsController.cpp" line="160"/>
        <source>Reconnecting…</source>
        <translation>正在重连…</translation>
    </message>
    <message>
        <location filename="../../app/models/src/RegistrationsController.cpp" line="162"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../app/models/src/RegistrationsController.cpp" line="162"/>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <location filename="../../app/models/src/RegistrationsController.cpp" line="166"/>
        <source>Not watching</source>
        <translation>未监听</translation>
    </message>
    <message>
        <location filename="../../app/models/src/RegistrationsController.cpp" line="189"/>
        <source>Sign in to disable or enable functions.</source>
        <translation>登录后才能禁用或启用函数。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/RegistrationsController.cpp" line="191"/>
        <source>You need the %1 permission to disable or enable functions.</source>
        <translation>需要 %1 权限才能禁用或启用函数。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/RegistrationsController.cpp" line="205"/>
        <source>%1 is enabled again everywhere.</source>
        <translation>%1 已全局重新启用。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/RegistrationsController.cpp" line="206"/>
        <source>%1 is disabled everywhere.</source>
        <translation>%1 已全局禁用。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/RegistrationsController.cpp" line="208"/>
        <source>%1 is enabled again on agent %2.</source>
        <translation>%1 已在 Agent %2 上重新启用。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/RegistrationsController.cpp" line="209"/>
        <source>%1 is disabled on agent %2.</source>
        <translation>%1 已在 Agent %2 上禁用。</translation>
    </message>
</context>
<context>
    <name>croupier::ui::ApprovalDecisionDialog</name>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="27"/>
        <source>Approve: %1</source>
        <translation>批准：%1</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="30"/>
        <source>Reject: %1</source>
        <translation>驳回：%1</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="33"/>
        <source>Cancel request: %1</source>
        <translation>取消申请：%1</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="71"/>
        <source>Approve %1, requested by %2, with the parameters below?</source>
        <translation>批准 %2 申请的 %1（参数如下）？</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="75"/>
        <source>Reject %1, requested by %2? It will not run.</source>
        <translation>驳回 %2 申请的 %1？驳回后不会执行。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="79"/>
        <source>Cancel your request for %1? It will not run.</source>
        <translation>取消 %1 的申请？取消后不会执行。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="107"/>
        <source>Comment (optional):</source>
        <translation>备注（可选）：</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="110"/>
        <source>Reason (required):</source>
        <translation>理由（必填）：</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="113"/>
        <source>Reason (optional):</source>
        <translation>理由（可选）：</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="134"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="139"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="142"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="145"/>
        <source>Cancel request</source>
        <translation>取消申请</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDecisionDialog.cpp" line="163"/>
        <source>Type the reason for the rejection.</source>
        <translation>请输入驳回理由。</translation>
    </message>
</context>
<context>
    <name>croupier::ui::ApprovalDetailsView</name>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="38"/>
        <source>Select an approval to see what it would run.</source>
        <translation>选择一条审批，查看它将执行的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="58"/>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="59"/>
        <source>Scope</source>
        <translation>游戏/环境</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="60"/>
        <source>Requested at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="61"/>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="62"/>
        <source>Approvals</source>
        <translation>审批进度</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="63"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="64"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="65"/>
        <source>Payload hash</source>
        <translation>参数哈希</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="82"/>
        <source>Parameters (frozen; sensitive values masked)</source>
        <translation>参数（已冻结，敏感值已隐藏）</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="84"/>
        <source>Decisions</source>
        <translation>审批记录</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="118"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="121"/>
        <source>(approvers: %1)</source>
        <translation>（审批人：%1）</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="140"/>
        <source>No decision yet.</source>
        <translation>尚无人审批。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="145"/>
        <source>✔ %1 approved at %2</source>
        <translation>✔ %1 于 %2 批准</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalDetailsView.cpp" line="146"/>
        <source>✘ %1 rejected at %2</source>
        <translation>✘ %1 于 %2 驳回</translation>
    </message>
</context>
<context>
    <name>croupier::ui::ApprovalsPage</name>
    <message>
        <source>● Live</source>
        <translation type="vanished">● 实时</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="27"/>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="28"/>
        <source>New requests and decisions appear as they happen.</source>
        <translation>新的请求和审批决定会即时出现。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="31"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="32"/>
        <source>The list may be out of date until the connection is back.</source>
        <translation>连接恢复前，列表可能不是最新的。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="39"/>
        <source>The inbox is not being updated.</source>
        <translation>收件箱未在更新。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="123"/>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="291"/>
        <source>&amp;Waiting for me</source>
        <translation>待我审批(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="124"/>
        <source>&amp;My requests</source>
        <translation>我的申请(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="125"/>
        <source>A&amp;ll</source>
        <translation>全部(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="152"/>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="154"/>
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="156"/>
        <source>&amp;Cancel request…</source>
        <translation>取消申请(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="158"/>
        <source>&amp;Open job</source>
        <translation>查看任务(&amp;O)</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="vanished">正在重连…</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="38"/>
        <source>Not live</source>
        <translation>非实时</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="273"/>
        <source>Select an approval.</source>
        <translation>请选择一条审批。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="290"/>
        <source>&amp;Waiting for me (%1)</source>
        <translation>待我审批 (%1)(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="302"/>
        <source>Nothing is waiting for your decision.</source>
        <translation>没有待你审批的申请。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="305"/>
        <source>You have no requests waiting for approval or decided.</source>
        <translation>你没有待审批或已处理的申请。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ApprovalsPage.cpp" line="308"/>
        <source>No approvals to show.</source>
        <translation>没有可显示的审批。</translation>
    </message>
</context>
<context>
    <name>croupier::ui::ArrayField</name>
    <message>
        <location filename="../../ui/src/ArrayField.cpp" line="20"/>
        <source>No items</source>
        <translation>暂无条目</translation>
    </message>
    <message>
        <location filename="../../ui/src/ArrayField.cpp" line="24"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/src/ArrayField.cpp" line="45"/>
        <source>Item %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <location filename="../../ui/src/ArrayField.cpp" line="46"/>
        <source>%1 %2</source>
        <comment>item title, number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/src/ArrayField.cpp" line="62"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/src/ArrayField.cpp" line="63"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/src/ArrayField.cpp" line="64"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>croupier::ui::AuditFilterBar</name>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="30"/>
        <source>any user, agent or system</source>
        <translation>任意用户、Agent 或系统</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="32"/>
        <source>any action</source>
        <translation>任意操作</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="36"/>
        <source>An exact action such as auth.login, or a prefix ending in a dot such as approval.</source>
        <translation>完整的操作名（如 auth.login），或以点结尾的前缀（如 approval.）。</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="38"/>
        <source>any function</source>
        <translation>任意函数</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="39"/>
        <source>any game</source>
        <translation>任意游戏</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="40"/>
        <source>any env</source>
        <translation>任意环境</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="41"/>
        <source>any outcome</source>
        <translation>任意结果</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="47"/>
        <source>F&amp;rom</source>
        <translation>起始(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="50"/>
        <source>&amp;Until</source>
        <translation>截止(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="53"/>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="55"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="57"/>
        <source>Apply the filters (Enter)</source>
        <translation>应用筛选条件 (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="96"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="122"/>
        <source>A&amp;ctor:</source>
        <translation>操作人(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="123"/>
        <source>Ac&amp;tion:</source>
        <translation>操作(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="124"/>
        <source>F&amp;unction:</source>
        <translation>函数(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="125"/>
        <source>&amp;Game:</source>
        <translation>游戏(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="126"/>
        <source>E&amp;nv:</source>
        <translation>环境(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="127"/>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditFilterBar.cpp" line="202"/>
        <source>The start of the time range must be earlier than its end.</source>
        <translation>起始时间必须早于截止时间。</translation>
    </message>
</context>
<context>
    <name>croupier::ui::AuditPage</name>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="31"/>
        <source>Export audit records</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="33"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="85"/>
        <source>&amp;Verify chain</source>
        <translation>校验审计链(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="87"/>
        <source>Check on the server that no audit record was changed or removed</source>
        <translation>在服务器上检查审计记录是否被篡改或删除</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="95"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="97"/>
        <source>Save every record matching the applied filters as a CSV file</source>
        <translation>将符合当前筛选条件的全部记录保存为 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="103"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="129"/>
        <source>The first record whose hash or link does not match:</source>
        <translation>第一条哈希或链接不匹配的记录：</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="172"/>
        <source>&amp;Show record #%1</source>
        <translation>查看记录 #%1(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/AuditPage.cpp" line="179"/>
        <source>Exporting… %n record(s) written</source>
        <translation>
            <numerusform>正在导出… 已写入 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="238"/>
        <source>Apply the filters to load audit records.</source>
        <translation>应用筛选条件以加载审计记录。</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="240"/>
        <source>Loading audit records…</source>
        <translation>正在加载审计记录…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/AuditPage.cpp" line="241"/>
        <source>%n record(s) shown; loading more…</source>
        <translation>
            <numerusform>已显示 %n 条记录，正在加载更多…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="243"/>
        <source>The audit records could not be loaded.</source>
        <translation>无法加载审计记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/AuditPage.cpp" line="244"/>
        <source>%n record(s) shown; the next page could not be loaded.</source>
        <translation>
            <numerusform>已显示 %n 条记录，下一页加载失败。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditPage.cpp" line="246"/>
        <source>No audit records match these filters.</source>
        <translation>没有符合筛选条件的审计记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/AuditPage.cpp" line="248"/>
        <source>%n record(s) match these filters.</source>
        <translation>
            <numerusform>共 %n 条记录符合筛选条件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/AuditPage.cpp" line="250"/>
        <source>%n record(s) shown, newest first; scroll down for older ones.</source>
        <translation>
            <numerusform>已显示 %n 条记录（最新在前），向下滚动查看更早的记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>croupier::ui::AuditRecordView</name>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="58"/>
        <source>Select a record to see all of its fields.</source>
        <translation>选择一条记录以查看全部字段。</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="67"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="79"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="81"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="83"/>
        <source>Actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="84"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="85"/>
        <source>Scope</source>
        <translation>游戏/环境</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="85"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="86"/>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="87"/>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="88"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="89"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="90"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="91"/>
        <source>Peer</source>
        <translation>来源地址</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="92"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="93"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="94"/>
        <source>Previous hash</source>
        <translation>上一条哈希</translation>
    </message>
    <message>
        <location filename="../../ui/src/AuditRecordView.cpp" line="95"/>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
</context>
<context>
    <name>croupier::ui::ConfirmDialog</name>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="32"/>
        <source>Confirm: %1</source>
        <translation>确认：%1</translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="87"/>
        <source>Run %1 with the parameters below?</source>
        <translation>使用以下参数执行 %1？</translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="100"/>
        <source>After you confirm, the request waits for approval.</source>
        <translation>确认后，请求将等待审批。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="109"/>
        <source>Parameters to be sent:</source>
        <translation>将发送的参数：</translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="132"/>
        <source>This is a high-risk operation. To confirm, type:</source>
        <translation>这是高风险操作。确认请输入：</translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="141"/>
        <source>Type the value shown above</source>
        <translation>输入上方显示的值</translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="142"/>
        <source>Confirmation target</source>
        <translation>确认目标</translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="154"/>
        <source>Send for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="154"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>croupier::ui::DateTimeField</name>
    <message>
        <location filename="../../ui/src/DateTimeField.cpp" line="48"/>
        <source>Send this value</source>
        <translation>发送此值</translation>
    </message>
    <message>
        <location filename="../../ui/src/DateTimeField.cpp" line="58"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
</context>
<context>
    <name>croupier::ui::EnumField</name>
    <message>
        <location filename="../../ui/src/EnumField.cpp" line="11"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../ui/src/EnumField.cpp" line="11"/>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location filename="../../ui/src/EnumField.cpp" line="55"/>
        <source>%1 (not allowed)</source>
        <translation>%1（不允许）</translation>
    </message>
</context>
<context>
    <name>croupier::ui::ErrorBanner</name>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="37"/>
        <location filename="../../ui/src/ErrorBanner.cpp" line="38"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/ErrorBanner.cpp" line="90"/>
        <source>Retry in %n s.</source>
        <translation>
            <numerusform>%n 秒后可重试。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="94"/>
        <source>Missing permission: %1.</source>
        <translation>缺少权限：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="102"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>会话已结束，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="104"/>
        <source>You do not have permission to do this.</source>
        <translation>无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="106"/>
        <source>Some parameters are not valid.</source>
        <translation>部分参数无效。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="108"/>
        <source>It was not found.</source>
        <translation>未找到目标。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="110"/>
        <source>This function is disabled.</source>
        <translation>该函数已被禁用。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="112"/>
        <source>This cannot be done right now.</source>
        <translation>当前无法执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="114"/>
        <source>No agent is online for this function.</source>
        <translation>没有在线的 Agent 可执行该函数。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="116"/>
        <source>The server cannot be reached.</source>
        <translation>无法连接服务器。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="118"/>
        <source>The call timed out.</source>
        <translation>调用超时。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="120"/>
        <source>Too many calls; slow down.</source>
        <translation>调用过于频繁，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="122"/>
        <source>It already exists.</source>
        <translation>目标已存在。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="124"/>
        <source>The call was canceled.</source>
        <translation>调用已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="128"/>
        <source>Something went wrong on the server.</source>
        <translation>服务器内部出错。</translation>
    </message>
</context>
<context>
    <name>croupier::ui::InvokePage</name>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="35"/>
        <source>waiting for approvers</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="38"/>
        <location filename="../../ui/src/InvokePage.cpp" line="66"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="41"/>
        <location filename="../../ui/src/InvokePage.cpp" line="68"/>
        <source>approved and running</source>
        <translation>已批准，执行中</translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="44"/>
        <location filename="../../ui/src/InvokePage.cpp" line="74"/>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="47"/>
        <location filename="../../ui/src/InvokePage.cpp" line="76"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="50"/>
        <location filename="../../ui/src/InvokePage.cpp" line="78"/>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="62"/>
        <source>waiting for approvers, %1 of %2 approved</source>
        <translation>等待审批，已批准 %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="70"/>
        <source>approved, job completed</source>
        <translation>已批准，任务已完成</translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="72"/>
        <source>approved, job failed</source>
        <translation>已批准，任务失败</translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="127"/>
        <source>Reload form</source>
        <translation>重新加载表单</translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="137"/>
        <source>Run as job (progress, cancel)</source>
        <translation>以任务方式执行（可看进度、可取消）</translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="139"/>
        <location filename="../../ui/src/InvokePage.cpp" line="279"/>
        <source>Run…</source>
        <translation>执行…</translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="257"/>
        <location filename="../../ui/src/InvokePage.cpp" line="268"/>
        <source>Sent for approval: %1 (%2)</source>
        <translation>已提交审批：%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="278"/>
        <source>Running…</source>
        <translation>正在执行…</translation>
    </message>
</context>
<context>
    <name>croupier::ui::JobPanel</name>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="110"/>
        <source>Job %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="171"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="171"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="208"/>
        <source>Elapsed %1</source>
        <translation>已用时 %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="vanished">等待中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="vanished">运行中</translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="281"/>
        <location filename="../../ui/src/JobPanel.cpp" line="295"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="285"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="vanished">已取消</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="vanished">待审批</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="vanished">已驳回</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="vanished">已过期</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="vanished">未知</translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="272"/>
        <source>Started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="275"/>
        <source>%1% %2</source>
        <translation>%1% %2</translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="285"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="311"/>
        <source>The job was canceled.</source>
        <translation>任务已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="314"/>
        <source>The job took too long and was stopped.</source>
        <translation>任务运行超时，已被停止。</translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="317"/>
        <source>The agent running the job went away.</source>
        <translation>执行该任务的 Agent 已断开。</translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="319"/>
        <source>The approval request was rejected.</source>
        <translation>审批请求已被驳回。</translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="321"/>
        <source>The approval request expired before it was approved.</source>
        <translation>审批请求在通过前已过期。</translation>
    </message>
    <message>
        <location filename="../../ui/src/JobPanel.cpp" line="323"/>
        <source>The job failed.</source>
        <translation>任务失败。</translation>
    </message>
</context>
<context>
    <name>croupier::ui::JobsPage</name>
    <message>
        <location filename="../../ui/src/JobsPage.cpp" line="50"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/src/JobsPage.cpp" line="58"/>
        <source>Filter by function</source>
        <translation>按函数筛选</translation>
    </message>
    <message>
        <location filename="../../ui/src/JobsPage.cpp" line="60"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/src/JobsPage.cpp" line="62"/>
        <source>Open history</source>
        <translation>查看历史</translation>
    </message>
    <message>
        <location filename="../../ui/src/JobsPage.cpp" line="64"/>
        <source>Run again…</source>
        <translation>再次执行…</translation>
    </message>
</context>
<context>
    <name>croupier::ui::KillSwitchDialog</name>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="16"/>
        <source>Enable %1 on every agent?</source>
        <translation>在所有 Agent 上启用 %1？</translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="17"/>
        <source>Disable %1 on every agent?</source>
        <translation>在所有 Agent 上禁用 %1？</translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="19"/>
        <source>Enable %1 on agent %2?</source>
        <translation>在 Agent %2 上启用 %1？</translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="20"/>
        <source>Disable %1 on agent %2?</source>
        <translation>在 Agent %2 上禁用 %1？</translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="26"/>
        <source>Calls are accepted again on every agent that serves it (unless disabled on that agent).</source>
        <translation>所有提供该函数的 Agent 将重新接受调用（单独禁用了它的 Agent 除外）。</translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="28"/>
        <source>Calls may be routed to this agent again.</source>
        <translation>调用可以再次路由到该 Agent。</translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="31"/>
        <source>The server refuses every call to it until it is enabled again. Running jobs are not stopped.</source>
        <translation>在重新启用前，服务器将拒绝对该函数的所有调用。正在运行的任务不会被停止。</translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="33"/>
        <source>Calls are no longer routed to this agent; other agents keep serving it.</source>
        <translation>调用将不再路由到该 Agent，其他 Agent 继续提供该函数。</translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="46"/>
        <source>Enable function</source>
        <translation>启用函数</translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="46"/>
        <source>Disable function</source>
        <translation>禁用函数</translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="67"/>
        <source>Optional, recorded in the audit trail</source>
        <translation>可选，将记入审计日志</translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="69"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="74"/>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/src/KillSwitchDialog.cpp" line="74"/>
        <source>&amp;Disable</source>
        <translation>禁用(&amp;D)</translation>
    </message>
</context>
<context>
    <name>croupier::ui::LoginDialog</name>
    <message>
        <location filename="../../ui/src/LoginDialog.cpp" line="15"/>
        <source>Sign in to Croupier</source>
        <translation>登录 Croupier</translation>
    </message>
    <message>
        <location filename="../../ui/src/LoginDialog.cpp" line="24"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/src/LoginDialog.cpp" line="25"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/src/LoginDialog.cpp" line="26"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/src/LoginDialog.cpp" line="42"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/src/LoginDialog.cpp" line="114"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>croupier::ui::MainWindow</name>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="38"/>
        <source>Croupier</source>
        <translation>Croupier</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="43"/>
        <source>&amp;Invoke</source>
        <translation>调用(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="44"/>
        <location filename="../../ui/src/MainWindow.cpp" line="127"/>
        <source>&amp;Jobs</source>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="79"/>
        <source>Game and environment</source>
        <translation>游戏与环境</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="82"/>
        <source>Search functions (Ctrl+F)</source>
        <translation>搜索函数 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="119"/>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="120"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="122"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="123"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="125"/>
        <source>&amp;Functions</source>
        <translation>函数(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="125"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="127"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="129"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="132"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="146"/>
        <source>Jobs in progress</source>
        <translation>进行中的任务</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="191"/>
        <source>● Connected</source>
        <translation>● 已连接</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="195"/>
        <source>● Connecting…</source>
        <translation>● 正在连接…</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="199"/>
        <source>● Reconnecting…</source>
        <translation>● 正在重连…</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="203"/>
        <source>● Offline</source>
        <translation>● 离线</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="220"/>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="221"/>
        <location filename="../../ui/src/MainWindow.cpp" line="294"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>croupier::ui::MultiSelectField</name>
    <message>
        <location filename="../../ui/src/MultiSelectField.cpp" line="75"/>
        <source>%1 (not allowed)</source>
        <translation>%1（不允许）</translation>
    </message>
</context>
<context>
    <name>croupier::ui::NumberField</name>
    <message>
        <location filename="../../ui/src/NumberField.cpp" line="39"/>
        <source>From %1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <location filename="../../ui/src/NumberField.cpp" line="41"/>
        <source>At least %1</source>
        <translation>不小于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/src/NumberField.cpp" line="43"/>
        <source>At most %1</source>
        <translation>不大于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/src/NumberField.cpp" line="46"/>
        <source>A multiple of %1</source>
        <translation>%1 的倍数</translation>
    </message>
    <message>
        <location filename="../../ui/src/NumberField.cpp" line="74"/>
        <source>Enter a whole number</source>
        <translation>请输入整数</translation>
    </message>
    <message>
        <location filename="../../ui/src/NumberField.cpp" line="74"/>
        <source>Enter a number</source>
        <translation>请输入数字</translation>
    </message>
</context>
<context>
    <name>croupier::ui::RawJsonField</name>
    <message>
        <location filename="../../ui/src/RawJsonField.cpp" line="28"/>
        <source>JSON value</source>
        <translation>JSON 值</translation>
    </message>
    <message>
        <location filename="../../ui/src/RawJsonField.cpp" line="75"/>
        <source>Not valid JSON (near character %1)</source>
        <translation>JSON 无效（第 %1 个字符附近）</translation>
    </message>
</context>
<context>
    <name>croupier::ui::RegistrationsPage</name>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="91"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="165"/>
        <source>Search id, address, label, function… (Ctrl+F)</source>
        <translation>搜索 ID、地址、标签、函数… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="174"/>
        <source>Show only rows in this state</source>
        <translation>仅显示该状态的行</translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="214"/>
        <source>Kill switch</source>
        <translation>紧急开关</translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="217"/>
        <source>F&amp;unction:</source>
        <translation>函数(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="223"/>
        <source>&amp;Where:</source>
        <translation>范围(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="229"/>
        <source>&amp;Disable…</source>
        <translation>禁用(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="231"/>
        <source>E&amp;nable…</source>
        <translation>启用(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="268"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="288"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="290"/>
        <source>&amp;Agents (%1)</source>
        <translation>Agent (%1)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="292"/>
        <source>&amp;Functions (%1)</source>
        <translation>函数 (%1)(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="299"/>
        <source>Changes appear as they happen.</source>
        <translation>变更会实时显示。</translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="300"/>
        <source>The list may be out of date until the connection is back.</source>
        <translation>连接恢复前，列表可能不是最新的。</translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="356"/>
        <source>Select a row to see its details.</source>
        <translation>选择一行以查看详情。</translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="381"/>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="391"/>
        <source>Every agent</source>
        <translation>所有 Agent</translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="383"/>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="390"/>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <location filename="../../ui/src/RegistrationsPage.cpp" line="403"/>
        <source>Select a function, or an agent, first.</source>
        <translation>请先选择一个函数或 Agent。</translation>
    </message>
</context>
<context>
    <name>croupier::ui::ResultView</name>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="56"/>
        <source>Raw JSON</source>
        <translation>原始 JSON</translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="57"/>
        <source>Show the result as JSON</source>
        <translation>以 JSON 显示结果</translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="61"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="62"/>
        <source>Copy the result as JSON to the clipboard</source>
        <translation>将结果以 JSON 格式复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="125"/>
        <source>The call returned no result.</source>
        <translation>调用未返回结果。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="127"/>
        <source>The result is an empty list.</source>
        <translation>结果为空列表。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="128"/>
        <source>The result is empty.</source>
        <translation>结果为空。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="143"/>
        <source>(whole request)</source>
        <translation>（整个请求）</translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="144"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="151"/>
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="189"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="189"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="278"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/src/ResultView.cpp" line="278"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>croupier::ui::RiskBadge</name>
    <message>
        <location filename="../../ui/src/RiskBadge.cpp" line="65"/>
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <location filename="../../ui/src/RiskBadge.cpp" line="67"/>
        <source>Medium risk</source>
        <translation>中风险</translation>
    </message>
    <message>
        <location filename="../../ui/src/RiskBadge.cpp" line="69"/>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
</context>
<context>
    <name>croupier::ui::RiskBanner</name>
    <message numerus="yes">
        <location filename="../../ui/src/RiskBanner.cpp" line="59"/>
        <source>This function needs approval by %n approver(s) before it runs.</source>
        <translation>
            <numerusform>该函数需经 %n 名审批人批准后才会执行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/RiskBanner.cpp" line="62"/>
        <source>This function needs approval by %n approver(s) (%1) before it runs.</source>
        <translation>
            <numerusform>该函数需经 %n 名审批人 (%1) 批准后才会执行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>croupier::ui::SchemaErrorText</name>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="15"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="19"/>
        <source>Does not match the expected pattern %1</source>
        <translation>不符合要求的格式 %1</translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="22"/>
        <source>Each item may appear only once</source>
        <translation>每一项只能出现一次</translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="24"/>
        <source>Choose one of the allowed values</source>
        <translation>请选择允许的值</translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="26"/>
        <source>Has the wrong type</source>
        <translation>类型不正确</translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="47"/>
        <source>Must be at least %1</source>
        <translation>至少为 %1</translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="50"/>
        <source>Must be at most %1</source>
        <translation>最多为 %1</translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="53"/>
        <source>Must be greater than %1</source>
        <translation>必须大于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="56"/>
        <source>Must be less than %1</source>
        <translation>必须小于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="59"/>
        <source>Must be a multiple of %1</source>
        <translation>必须是 %1 的倍数</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/SchemaErrorText.cpp" line="62"/>
        <source>Must be at least %n character(s)</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/SchemaErrorText.cpp" line="65"/>
        <source>Must be at most %n character(s)</source>
        <translation>
            <numerusform>最多 %n 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/SchemaErrorText.cpp" line="68"/>
        <source>Needs at least %n item(s)</source>
        <translation>
            <numerusform>至少需要 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/SchemaErrorText.cpp" line="71"/>
        <source>Allows at most %n item(s)</source>
        <translation>
            <numerusform>最多允许 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="79"/>
        <source>Must be an email address such as name@example.com</source>
        <translation>必须是电子邮件地址，例如 name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="82"/>
        <source>Must be a full address such as https://example.com/</source>
        <translation>必须是完整地址，例如 https://example.com/</translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="85"/>
        <source>Must be a date and time</source>
        <translation>必须是日期和时间</translation>
    </message>
    <message>
        <location filename="../../ui/src/SchemaErrorText.cpp" line="88"/>
        <source>Must be a date (YYYY-MM-DD)</source>
        <translation>必须是日期 (YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>croupier::ui::SchemaField</name>
    <message>
        <location filename="../../ui/src/SchemaField.cpp" line="35"/>
        <source>Enter a value or remove this item</source>
        <translation>请输入值或删除此项</translation>
    </message>
</context>
<context>
    <name>croupier::ui::SchemaFieldLabel</name>
    <message>
        <location filename="../../ui/src/SchemaFieldLabel.cpp" line="23"/>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
</context>
<context>
    <name>croupier::ui::StringField</name>
    <message>
        <location filename="../../ui/src/StringField.cpp" line="22"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/src/StringField.cpp" line="24"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../../ui/src/StringField.cpp" line="47"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../ui/src/StringField.cpp" line="47"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/src/StringField.cpp" line="48"/>
        <source>Hide the value</source>
        <translation>隐藏值</translation>
    </message>
    <message>
        <location filename="../../ui/src/StringField.cpp" line="48"/>
        <source>Show the value</source>
        <translation>显示值</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="38"/>
        <source>Croupier operator console: run game functions, follow jobs.</source>
        <translation>Croupier 运营控制台：执行游戏函数，跟踪任务。</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="43"/>
        <source>Server address host:port (saved as a profile).</source>
        <translation>服务器地址 host:port（保存为连接配置）。</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="47"/>
        <source>CA certificate (PEM) of that server.</source>
        <translation>该服务器的 CA 证书 (PEM)。</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="51"/>
        <source>Name for the --connect profile (default: the address).</source>
        <translation>--connect 所建连接配置的名称（默认为地址）。</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="56"/>
        <source>User name to sign in with.</source>
        <translation>登录所用的用户名。</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="60"/>
        <source>Sign in at once with the password in this file.</source>
        <translation>使用此文件中的密码直接登录。</translation>
    </message>
</context>
</TS>
