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
        <location filename="../../app/client/src/FunctionsClient.cpp" line="59"/>
        <source>The function reported an error (%1).</source>
        <translation>函数返回了错误 (%1)。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/FunctionsClient.cpp" line="60"/>
        <source>The function reported an error: %1</source>
        <translation>函数返回了错误：%1</translation>
    </message>
    <message>
        <location filename="../../app/client/src/ServerConnection.cpp" line="26"/>
        <location filename="../../app/client/src/StatusMapping.cpp" line="83"/>
        <source>Please sign in.</source>
        <translation>请登录。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="40"/>
        <source>The secure connection to the server failed. Check the profile&apos;s CA certificate and server name.</source>
        <translation>与服务器的安全连接失败。请检查连接配置中的 CA 证书和服务器名称。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="42"/>
        <source>Cannot reach the server. Check the address and that the server is running.</source>
        <translation>无法连接服务器。请检查地址，并确认服务器正在运行。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="47"/>
        <source>The server did not answer in time. The operation may still complete; check again before retrying.</source>
        <translation>服务器未及时响应。操作可能仍会完成，请先确认结果再重试。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="52"/>
        <location filename="../../app/client/src/StatusMapping.cpp" line="188"/>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="56"/>
        <source>The server did not accept the sign-in. Please sign in again.</source>
        <translation>服务器未接受本次登录，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="60"/>
        <source>The server refused the request: it is too large or the server is busy.</source>
        <translation>服务器拒绝了请求：请求过大或服务器繁忙。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="64"/>
        <source>The request failed (%1). The server may be a different version.</source>
        <translation>请求失败 (%1)。服务器可能是不同的版本。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="72"/>
        <source>Wrong username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="75"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>会话已过期，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="78"/>
        <source>Your session was ended (signed out or revoked). Please sign in again.</source>
        <translation>会话已结束（已退出登录或被吊销），请重新登录。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="81"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>该账号已被禁用，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="89"/>
        <source>You do not have the permission &quot;%1&quot; needed for this.</source>
        <translation>缺少执行此操作所需的权限“%1”。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="93"/>
        <source>You may not act in %1 / %2.</source>
        <translation>无权在 %1 / %2 中操作。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="95"/>
        <source>You are not allowed to do this: %1</source>
        <translation>无权执行此操作：%1</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="101"/>
        <source>The server is busy. Try again later.</source>
        <translation>服务器繁忙，请稍后重试。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/client/src/StatusMapping.cpp" line="105"/>
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>请求过多，请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="116"/>
        <source>The request was refused as invalid: %1</source>
        <translation>请求无效，已被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="122"/>
        <source>Some values are not valid: %1</source>
        <translation>部分参数值无效：%1</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="130"/>
        <source>The function %1 is disabled.</source>
        <translation>函数 %1 已被禁用。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="131"/>
        <source>The function %1 is disabled: %2</source>
        <translation>函数 %1 已被禁用：%2</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="133"/>
        <source>This cannot be done now: %1</source>
        <translation>当前无法执行此操作：%1</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="140"/>
        <source>No agent serving %1 is online. Try again once its game server is connected.</source>
        <translation>没有在线的 Agent 可执行 %1。请在对应游戏服连上后重试。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="143"/>
        <source>The server cannot do this right now: %1</source>
        <translation>服务器暂时无法执行此操作：%1</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="164"/>
        <source>Not found: %1</source>
        <translation>未找到：%1</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="176"/>
        <source>The function did not finish in time: %1</source>
        <translation>函数未能按时完成：%1</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="184"/>
        <source>Already exists: %1</source>
        <translation>已存在：%1</translation>
    </message>
    <message>
        <location filename="../../app/client/src/StatusMapping.cpp" line="192"/>
        <source>The server reported an error: %1</source>
        <translation>服务器返回错误：%1</translation>
    </message>
</context>
<context>
    <name>croupier::client::ConnectionCore</name>
    <message>
        <location filename="../../app/client/src/ConnectionCore.cpp" line="94"/>
        <source>The profile has no server address.</source>
        <translation>连接配置中没有服务器地址。</translation>
    </message>
    <message>
        <location filename="../../app/client/src/ConnectionCore.cpp" line="175"/>
        <source>Not connected to a server.</source>
        <translation>未连接服务器。</translation>
    </message>
</context>
<context>
    <name>croupier::client::FunctionsClient</name>
    <message>
        <location filename="../../app/client/src/FunctionsClient.cpp" line="211"/>
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
        <location filename="../../app/client/src/FunctionsClient.cpp" line="107"/>
        <source>The values cannot be sent: %1</source>
        <translation>无法发送参数值：%1</translation>
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
        <location filename="../../app/ConsoleApp.cpp" line="95"/>
        <source>The language changes the next time you start the console.</source>
        <translation>语言将在下次启动控制台时生效。</translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="142"/>
        <source>A new local server was set up. Its administrator is &quot;admin&quot; with the password %1 — note it now, it is shown only once.</source>
        <translation>已创建新的本地服务器。管理员账号为“admin”，密码为 %1。请立即记下，密码只显示这一次。</translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="188"/>
        <source>No server profile named %1.</source>
        <translation>没有名为 %1 的服务器配置。</translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="203"/>
        <source>Starting the local server…</source>
        <translation>正在启动本地服务器…</translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="210"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="326"/>
        <source>%1 is not registered in this scope any more.</source>
        <translation>当前游戏与环境中已没有 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ConsoleApp.cpp" line="339"/>
        <source>canceled from the console</source>
        <translation>在控制台中取消</translation>
    </message>
</context>
<context>
    <name>croupier::models::CatalogModel</name>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="53"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="282"/>
        <source>You lack the permission %1</source>
        <translation>缺少权限 %1</translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="285"/>
        <source>Disabled (kill switch)</source>
        <translation>已禁用（紧急开关）</translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="288"/>
        <source>No agent online</source>
        <translation>没有在线的 Agent</translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="297"/>
        <source>no permission</source>
        <translation>无权限</translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="300"/>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="303"/>
        <source>no agent online</source>
        <translation>无在线 Agent</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/src/CatalogModel.cpp" line="307"/>
        <source>needs %n approval(s)</source>
        <translation>
            <numerusform>需 %n 人审批</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="318"/>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="320"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/models/src/CatalogModel.cpp" line="322"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>croupier::models::InvokeController</name>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="54"/>
        <source>A new version (%1) of this function was registered. Reload the form to use it; the old form cannot be submitted.</source>
        <translation>该函数已注册新版本 (%1)。请重新加载表单后使用，旧表单无法提交。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="59"/>
        <source>This function was disabled (kill switch).</source>
        <translation>该函数已被禁用（紧急开关）。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="61"/>
        <source>No agent serving this function is online.</source>
        <translation>没有在线的 Agent 可执行该函数。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="73"/>
        <location filename="../../app/models/src/InvokeController.cpp" line="92"/>
        <source>This function is no longer registered.</source>
        <translation>该函数已不再注册。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="85"/>
        <source>No function selected.</source>
        <translation>未选择函数。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="89"/>
        <source>You lack the permission %1.</source>
        <translation>缺少权限 %1。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="95"/>
        <source>A new version was registered: reload the form.</source>
        <translation>已注册新版本：请重新加载表单。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="98"/>
        <source>This function is disabled.</source>
        <translation>该函数已被禁用。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="101"/>
        <source>No agent online.</source>
        <translation>没有在线的 Agent。</translation>
    </message>
    <message>
        <location filename="../../app/models/src/InvokeController.cpp" line="104"/>
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
    <name>croupier::ui::ConfirmDialog</name>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="39"/>
        <source>Confirm: %1</source>
        <translation>确认：%1</translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="94"/>
        <source>Run %1 with the parameters below?</source>
        <translation>使用以下参数执行 %1？</translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="107"/>
        <source>After you confirm, the request waits for approval.</source>
        <translation>确认后，请求将等待审批。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="116"/>
        <source>Parameters to be sent:</source>
        <translation>将发送的参数：</translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="139"/>
        <source>This is a high-risk operation. To confirm, type:</source>
        <translation>这是高风险操作。确认请输入：</translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="148"/>
        <source>Type the value shown above</source>
        <translation>输入上方显示的值</translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="149"/>
        <source>Confirmation target</source>
        <translation>确认目标</translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="161"/>
        <source>Send for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <location filename="../../ui/src/ConfirmDialog.cpp" line="161"/>
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
        <location filename="../../ui/src/ErrorBanner.cpp" line="42"/>
        <location filename="../../ui/src/ErrorBanner.cpp" line="43"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/ErrorBanner.cpp" line="95"/>
        <source>Retry in %n s.</source>
        <translation>
            <numerusform>%n 秒后可重试。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="99"/>
        <source>Missing permission: %1.</source>
        <translation>缺少权限：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="107"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>会话已结束，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="109"/>
        <source>You do not have permission to do this.</source>
        <translation>无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="111"/>
        <source>Some parameters are not valid.</source>
        <translation>部分参数无效。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="113"/>
        <source>It was not found.</source>
        <translation>未找到目标。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="115"/>
        <source>This function is disabled.</source>
        <translation>该函数已被禁用。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="117"/>
        <source>This cannot be done right now.</source>
        <translation>当前无法执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="119"/>
        <source>No agent is online for this function.</source>
        <translation>没有在线的 Agent 可执行该函数。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="121"/>
        <source>The server cannot be reached.</source>
        <translation>无法连接服务器。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="123"/>
        <source>The call timed out.</source>
        <translation>调用超时。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="125"/>
        <source>Too many calls; slow down.</source>
        <translation>调用过于频繁，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="127"/>
        <source>It already exists.</source>
        <translation>目标已存在。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="129"/>
        <source>The call was canceled.</source>
        <translation>调用已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/src/ErrorBanner.cpp" line="133"/>
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
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="41"/>
        <source>approved and running</source>
        <translation>已批准，执行中</translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="44"/>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="47"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="50"/>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="96"/>
        <source>Reload form</source>
        <translation>重新加载表单</translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="106"/>
        <source>Run as job (progress, cancel)</source>
        <translation>以任务方式执行（可看进度、可取消）</translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="108"/>
        <location filename="../../ui/src/InvokePage.cpp" line="233"/>
        <source>Run…</source>
        <translation>执行…</translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="223"/>
        <source>Sent for approval: %1 (%2)</source>
        <translation>已提交审批：%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/src/InvokePage.cpp" line="232"/>
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
        <location filename="../../ui/src/MainWindow.cpp" line="124"/>
        <source>&amp;Jobs</source>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="77"/>
        <source>Game and environment</source>
        <translation>游戏与环境</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="80"/>
        <source>Search functions (Ctrl+F)</source>
        <translation>搜索函数 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="117"/>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="118"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="120"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="121"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="122"/>
        <source>&amp;Functions</source>
        <translation>函数(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="122"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="124"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="125"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="128"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="142"/>
        <source>Jobs in progress</source>
        <translation>进行中的任务</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="187"/>
        <source>● Connected</source>
        <translation>● 已连接</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="191"/>
        <source>● Connecting…</source>
        <translation>● 正在连接…</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="195"/>
        <source>● Reconnecting…</source>
        <translation>● 正在重连…</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="199"/>
        <source>● Offline</source>
        <translation>● 离线</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="214"/>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../ui/src/MainWindow.cpp" line="215"/>
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
        <location filename="../../ui/src/RiskBadge.cpp" line="63"/>
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <location filename="../../ui/src/RiskBadge.cpp" line="65"/>
        <source>Medium risk</source>
        <translation>中风险</translation>
    </message>
    <message>
        <location filename="../../ui/src/RiskBadge.cpp" line="67"/>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
</context>
<context>
    <name>croupier::ui::RiskBanner</name>
    <message numerus="yes">
        <location filename="../../ui/src/RiskBanner.cpp" line="68"/>
        <source>This function needs approval by %n approver(s) before it runs.</source>
        <translation>
            <numerusform>该函数需经 %n 名审批人批准后才会执行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/src/RiskBanner.cpp" line="71"/>
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
