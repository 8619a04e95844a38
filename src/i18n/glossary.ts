import type { GlossaryTermInput } from './glossary-schema.ts';

/** Every glossary term, grouped by `group`; ids are stable URL anchors (#stateful). */
export const GLOSSARY: readonly GlossaryTermInput[] = [
	{
		id: 'stateful',
		group: 'network',
		ja: {
			term: 'ステートフル',
			also: [],
			definition:
				'通信の接続状態を記録し、許可した接続の戻りトラフィックを反対方向のルールにかかわらず自動的に通す方式で、セキュリティグループや Network Firewall のステートフルルールグループがこれに当たります。',
			avoid: [],
		},
		en: {
			term: 'stateful',
			also: [],
			definition:
				'Describes filtering that tracks the state of each connection and lets the return traffic of an allowed connection through automatically, whatever the rules for the other direction say, as security groups and Network Firewall stateful rule groups do.',
		},
		pages: ['security-group', 'network-firewall'],
	},
	{
		id: 'stateless',
		group: 'network',
		ja: {
			term: 'ステートレス',
			also: [],
			definition:
				'接続の状態を記録せずにパケットを 1 つずつ評価する方式で、応答も改めてルールで評価されるため、ネットワーク ACL のように戻りトラフィックを明示的に許可する必要があります。',
			avoid: [],
		},
		en: {
			term: 'stateless',
			also: [],
			definition:
				'Describes filtering that evaluates each packet on its own without tracking connections, so responses are checked against the rules again and, as with network ACLs, return traffic must be allowed explicitly.',
		},
		pages: ['network-acl', 'network-firewall'],
	},
	{
		id: 'layer-3',
		group: 'network',
		ja: {
			term: 'L3',
			reading: 'エルスリー',
			also: ['ネットワーク層'],
			definition:
				'OSI 参照モデルの第 3 層であるネットワーク層のことで、IP アドレスによる宛先の指定と経路の選択を担います。',
			avoid: [],
		},
		en: {
			term: 'L3',
			also: ['network layer'],
			definition:
				'The network layer, layer 3 of the OSI model, which handles addressing and routing by IP address.',
		},
		pages: ['network-acl', 'security-group', 'shield', 'network-firewall'],
	},
	{
		id: 'layer-4',
		group: 'network',
		ja: {
			term: 'L4',
			reading: 'エルフォー',
			also: ['トランスポート層'],
			definition:
				'OSI 参照モデルの第 4 層であるトランスポート層のことで、TCP や UDP がポート番号を使ってアプリケーション間の通信を受け渡します。',
			avoid: [],
		},
		en: {
			term: 'L4',
			also: ['transport layer', 'transport-layer'],
			definition:
				'The transport layer, layer 4 of the OSI model, where TCP and UDP use port numbers to carry traffic between applications.',
		},
		pages: ['network-acl', 'security-group', 'shield', 'network-firewall'],
	},
	{
		id: 'layer-7',
		group: 'network',
		ja: {
			term: 'L7',
			reading: 'エルセブン',
			also: ['アプリケーション層', 'レイヤー 7', 'アプリケーションレイヤー'],
			definition:
				'OSI 参照モデルの第 7 層であるアプリケーション層のことで、HTTP リクエストの URI、ヘッダー、本文のように、アプリケーションがやり取りする通信の中身がここに当たります。',
			avoid: [],
		},
		en: {
			term: 'L7',
			also: ['application layer', 'application-layer', 'layer 7'],
			definition:
				'The application layer, layer 7 of the OSI model, which covers the content that applications exchange, such as the URI, headers and body of an HTTP request.',
		},
		pages: ['waf', 'shield'],
	},
	{
		id: 'firewall',
		group: 'network',
		ja: {
			term: 'ファイアウォール',
			also: [],
			definition:
				'あらかじめ決めたルールに従って、ネットワークを通る通信を許可または拒否する仕組みです。',
			avoid: ['ファイヤーウォール', 'ファイアーウォール', 'ファイヤウォール'],
		},
		en: {
			term: 'firewall',
			also: ['firewalls'],
			definition: 'A control that allows or blocks network traffic according to predefined rules.',
		},
		pages: ['network-firewall', 'security-group', 'network-acl', 'waf'],
	},
	{
		id: 'security-group',
		group: 'network',
		ja: {
			term: 'セキュリティグループ',
			also: [],
			definition:
				'EC2 インスタンスなどのネットワークインターフェイスに関連付ける、許可ルールだけを持つステートフルな仮想ファイアウォールです。',
			avoid: ['セキュリティーグループ'],
		},
		en: {
			term: 'security group',
			also: ['security groups'],
			definition:
				'A stateful virtual firewall with allow rules only, associated with the network interfaces of EC2 instances and other resources.',
		},
		pages: ['security-group'],
	},
	{
		id: 'network-acl',
		group: 'network',
		ja: {
			term: 'ネットワーク ACL',
			reading: 'ネットワークエーシーエル',
			also: ['ネットワークアクセスコントロールリスト'],
			definition:
				'VPC のサブネットに関連付けるステートレスなファイアウォールで、許可ルールと拒否ルールを番号の小さい順に評価し、最初に一致したルールを適用します。',
			avoid: [],
		},
		en: {
			term: 'network ACL',
			also: ['network ACLs', 'network access control list'],
			definition:
				'A stateless firewall associated with VPC subnets that evaluates its allow and deny rules in rule-number order and applies the first one that matches.',
		},
		pages: ['network-acl'],
	},
	{
		id: 'subnet',
		group: 'network',
		ja: {
			term: 'サブネット',
			also: [],
			definition:
				'VPC の IP アドレス範囲を分割した区画で、1 つのアベイラビリティーゾーンに属し、ネットワーク ACL やルートテーブルを関連付ける単位になります。',
			avoid: [],
		},
		en: {
			term: 'subnet',
			also: ['subnets'],
			definition:
				'A range of IP addresses carved out of a VPC that sits in one Availability Zone and is the unit that network ACLs and route tables are associated with.',
		},
		pages: ['network-acl', 'network-firewall'],
	},
	{
		id: 'vpc',
		group: 'network',
		ja: {
			term: 'VPC',
			reading: 'ブイピーシー',
			also: [],
			definition:
				'VPC（Virtual Private Cloud）は、AWS 上に作る論理的に分離された仮想ネットワークで、IP アドレス範囲、サブネット、ルートテーブルなどを自分で設定します。',
			avoid: [],
		},
		en: {
			term: 'VPC',
			also: ['VPCs'],
			definition:
				'A VPC (virtual private cloud) is a logically isolated virtual network that you create in AWS, with IP address ranges, subnets, route tables and other settings that you define yourself.',
		},
		pages: [],
	},
	{
		id: 'inbound',
		group: 'network',
		ja: {
			term: 'インバウンド',
			also: [],
			definition:
				'外部からリソースやサブネットに入ってくる方向の通信のことで、インバウンドルールでは送信元を指定します。',
			avoid: ['インバンド'],
		},
		en: {
			term: 'inbound',
			also: [],
			definition:
				'Traffic that comes into a resource or subnet from outside, for which inbound rules name the source.',
		},
		pages: ['security-group', 'network-acl'],
	},
	{
		id: 'outbound',
		group: 'network',
		ja: {
			term: 'アウトバウンド',
			also: [],
			definition:
				'リソースやサブネットから外部へ出ていく方向の通信のことで、アウトバウンドルールでは送信先を指定します。',
			avoid: ['アウトバンド'],
		},
		en: {
			term: 'outbound',
			also: [],
			definition:
				'Traffic that leaves a resource or subnet for the outside, for which outbound rules name the destination.',
		},
		pages: ['security-group', 'network-acl'],
	},
	{
		id: 'return-traffic',
		group: 'network',
		ja: {
			term: '戻りトラフィック',
			reading: 'もどりトラフィック',
			also: ['戻りのトラフィック'],
			definition:
				'許可した通信への応答として逆方向に流れる通信のことで、ステートフルなセキュリティグループでは自動的に許可されますが、ステートレスなネットワーク ACL では明示的に許可する必要があります。',
			avoid: [],
		},
		en: {
			term: 'return traffic',
			also: [],
			definition:
				'The responses that flow back in the opposite direction to traffic you allowed; stateful security groups let them through automatically, while stateless network ACLs need rules that allow them explicitly.',
		},
		pages: ['network-acl', 'security-group'],
	},
	{
		id: 'ephemeral-port',
		group: 'network',
		ja: {
			term: 'エフェメラルポート',
			also: [],
			definition:
				'クライアントが接続するときに OS やサービスが一時的に割り当てる送信元ポートで、範囲はクライアントによって異なるため、ネットワーク ACL では戻りトラフィック用に 1024〜65535 を許可するのが一般的です。',
			avoid: [],
		},
		en: {
			term: 'ephemeral port',
			also: ['ephemeral ports'],
			definition:
				'A temporary source port that the operating system or service of a client assigns for a connection; because the range differs by client, network ACLs commonly allow 1024–65535 for return traffic.',
		},
		pages: ['network-acl'],
	},
	{
		id: 'firewall-endpoint',
		group: 'network',
		ja: {
			term: 'ファイアウォールエンドポイント',
			also: [],
			definition:
				'AWS Network Firewall が実際に通信を検査する場所で、アベイラビリティーゾーンごとに作られ、ルートテーブルやトランジットゲートウェイ、明示的プロキシの設定によって通信がここに届いたときに検査が行われます。',
			avoid: [],
		},
		en: {
			term: 'firewall endpoint',
			also: ['firewall endpoints'],
			definition:
				'The point where AWS Network Firewall actually inspects traffic, created in each Availability Zone; traffic is inspected when route tables, a transit gateway attachment or explicit proxy settings bring it there.',
		},
		pages: ['network-firewall'],
	},
	{
		id: 'firewall-policy',
		group: 'network',
		ja: {
			term: 'ファイアウォールポリシー',
			also: [],
			definition:
				'AWS Network Firewall で、どのルールグループをどの順で使い、どのルールにも一致しない通信をどう扱うかを定義するリソースで、ファイアウォールごとに 1 つ関連付けます。',
			avoid: [],
		},
		en: {
			term: 'firewall policy',
			also: ['firewall policies'],
			definition:
				'The AWS Network Firewall resource that defines which rule groups are used in which order and what happens to traffic that matches no rule; each firewall has exactly one.',
		},
		pages: ['network-firewall', 'firewall-manager'],
	},
	{
		id: 'rule-group',
		group: 'network',
		ja: {
			term: 'ルールグループ',
			also: [],
			definition:
				'検査の条件とアクションを持つルールを再利用できるようにまとめた単位で、AWS WAF ではウェブ ACL に、AWS Network Firewall ではファイアウォールポリシーに組み込んで使います。',
			avoid: [],
		},
		en: {
			term: 'rule group',
			also: ['rule groups'],
			definition:
				'A reusable set of rules, each with its match conditions and action, that you add to a web ACL in AWS WAF or to a firewall policy in AWS Network Firewall.',
		},
		pages: ['waf', 'network-firewall', 'firewall-manager'],
	},
	{
		id: 'web-acl',
		group: 'network',
		ja: {
			term: 'ウェブ ACL',
			reading: 'ウェブエーシーエル',
			also: [],
			definition:
				'AWS WAF の設定の中心となるルールとルールグループの集合で、CloudFront や ALB などのリソースに関連付け、届いた HTTP（S）リクエストを許可するかブロックするかを決めます。',
			avoid: ['ウェブACL'],
		},
		en: {
			term: 'web ACL',
			also: ['web ACLs', 'web access control list'],
			definition:
				'The core of an AWS WAF setup: a set of rules and rule groups that you associate with resources such as CloudFront or an ALB to decide whether the HTTP(S) requests they receive are allowed or blocked.',
		},
		pages: ['waf', 'firewall-manager'],
	},
	{
		id: 'protection-pack',
		group: 'network',
		ja: {
			term: '保護パック',
			reading: 'ほごパック',
			also: [],
			definition:
				'新しい AWS WAF コンソールとドキュメントで使われているウェブ ACL の新しい名前で、ルールとルールグループを持ち、保護するリソースに関連付けるという仕組みはウェブ ACL と変わりません。',
			avoid: [],
		},
		en: {
			term: 'protection pack',
			also: [],
			definition:
				'The new name for a web ACL in the updated AWS WAF console and documentation; it still holds rules and rule groups and is associated with the resources to protect, just as a web ACL is.',
		},
		pages: ['waf'],
	},
	{
		id: 'rate-based-rule',
		group: 'network',
		ja: {
			term: 'レートベースのルール',
			also: [],
			definition:
				'送信元 IP アドレスなどの集約キーごとにリクエスト数を数え、評価ウィンドウ内の数が制限を超えるとアクションを適用する AWS WAF のルールで、HTTP フラッドやブルートフォースの抑制に使います。',
			avoid: ['レートベースルール'],
		},
		en: {
			term: 'rate-based rule',
			also: ['rate-based rules'],
			definition:
				'An AWS WAF rule that counts requests per aggregation key, such as the source IP address, and applies its action once the count within the evaluation window exceeds the limit, which helps curb HTTP floods and brute-force attempts.',
		},
		pages: ['waf', 'shield'],
	},
	{
		id: 'managed-rule-group',
		group: 'network',
		ja: {
			term: 'マネージドルールグループ',
			also: [],
			definition:
				'AWS やセキュリティベンダーが作成・更新するルールグループで、AWS WAF のコアルールセットのような AWS マネージドルールや、Network Firewall の既知の脅威のシグネチャと危険なドメインの一覧があります。',
			avoid: [],
		},
		en: {
			term: 'managed rule group',
			also: ['managed rule groups', 'AWS Managed Rules'],
			definition:
				'A rule group that AWS or a security vendor creates and keeps up to date, such as the AWS Managed Rules core rule set in AWS WAF or the Network Firewall lists of known-threat signatures and risky domains.',
		},
		pages: ['waf', 'network-firewall'],
	},
	{
		id: 'scope-down-statement',
		group: 'network',
		ja: {
			term: 'スコープダウンステートメント',
			also: [],
			definition:
				'AWS WAF のレートベースのルールやマネージドルールグループに付ける任意の条件で、数えたり検査したりするリクエストを、たとえばログインページへのリクエストだけに絞り込みます。',
			avoid: [],
		},
		en: {
			term: 'scope-down statement',
			also: [],
			definition:
				'An optional condition on an AWS WAF rate-based rule or managed rule group that narrows the requests it counts or inspects, for example to requests for the login page only.',
		},
		pages: ['waf'],
	},
	{
		id: 'ddos',
		group: 'threats',
		ja: {
			term: 'DDoS',
			reading: 'ディードス',
			also: [],
			definition:
				'DDoS（Distributed Denial of Service、分散型サービス拒否）攻撃は、多数の送信元から大量の通信やリクエストを送りつけて、サービスを使えない状態にする攻撃です。',
			avoid: ['DDOS'],
		},
		en: {
			term: 'DDoS',
			also: [],
			definition:
				'A DDoS (distributed denial of service) attack floods a service with traffic or requests from many sources to make it unavailable.',
		},
		pages: ['shield', 'waf'],
	},
	{
		id: 'xss',
		group: 'threats',
		ja: {
			term: 'クロスサイトスクリプティング',
			also: ['XSS'],
			definition:
				'クロスサイトスクリプティング（XSS）は、正規のウェブサイトの脆弱性を足がかりに、悪意のあるスクリプトをほかの利用者のブラウザーに送り込む攻撃です。',
			avoid: [],
		},
		en: {
			term: 'cross-site scripting',
			also: ['XSS'],
			definition:
				'A cross-site scripting (XSS) attack uses a vulnerability in a legitimate website as a vehicle to inject malicious scripts into the browsers of other users.',
		},
		pages: ['waf'],
	},
	{
		id: 'sql-injection',
		group: 'threats',
		ja: {
			term: 'SQL インジェクション',
			reading: 'エスキューエルインジェクション',
			also: ['SQLi'],
			definition:
				'SQL インジェクション（SQLi）は、ウェブリクエストに悪意のある SQL コードを紛れ込ませて、データベースの内容を書き換えたりデータを抜き出したりする攻撃です。',
			avoid: [],
		},
		en: {
			term: 'SQL injection',
			also: ['SQLi'],
			definition:
				'An SQL injection (SQLi) attack inserts malicious SQL code into web requests to modify a database or extract data from it.',
		},
		pages: ['waf'],
	},
	{
		id: 'ids',
		group: 'threats',
		ja: {
			term: 'IDS',
			reading: 'アイディーエス',
			also: ['侵入検知システム'],
			definition:
				'IDS（Intrusion Detection System、侵入検知システム）は、ネットワークやサーバーへの不正なアクセスを検知して管理者に通知する仕組みで、通信そのものは止めません。',
			avoid: [],
		},
		en: {
			term: 'IDS',
			also: ['intrusion detection system'],
			definition:
				'An IDS (intrusion detection system) detects unauthorized access to networks and servers and alerts administrators, without stopping the traffic itself.',
		},
		pages: ['ids-ips', 'network-firewall'],
	},
	{
		id: 'ips',
		group: 'threats',
		ja: {
			term: 'IPS',
			reading: 'アイピーエス',
			also: ['侵入防止システム'],
			definition:
				'IPS（Intrusion Prevention System、侵入防止システム）は、通信経路上（インライン）に置かれ、不正と判断した通信をその場で遮断する仕組みです。',
			avoid: [],
		},
		en: {
			term: 'IPS',
			also: ['intrusion prevention system'],
			definition:
				'An IPS (intrusion prevention system) sits in the traffic path (inline) and blocks the traffic it judges malicious on the spot.',
		},
		pages: ['ids-ips', 'network-firewall'],
	},
	{
		id: 'signature',
		group: 'threats',
		ja: {
			term: 'シグネチャ',
			also: [],
			definition:
				'既知の攻撃に特徴的な通信のパターンで、IDS や IPS は通信をシグネチャと照合して攻撃を検知します。',
			avoid: ['シグネチャー'],
		},
		en: {
			term: 'signature',
			also: ['signatures'],
			definition:
				'A pattern characteristic of a known attack, against which an IDS or IPS matches traffic to detect attacks.',
		},
		pages: ['ids-ips', 'network-firewall'],
	},
	{
		id: 'suricata',
		group: 'threats',
		ja: {
			term: 'Suricata',
			reading: 'スリカタ',
			also: [],
			definition:
				'オープンソースの IDS/IPS エンジンで、AWS Network Firewall のステートフルルールグループでは、Suricata 互換のルール文字列でペイロードの内容まで検査できます。',
			avoid: [],
		},
		en: {
			term: 'Suricata',
			also: [],
			definition:
				'An open-source IDS/IPS engine; stateful rule groups in AWS Network Firewall accept Suricata-compatible rule strings that can inspect payload content.',
		},
		pages: ['network-firewall', 'ids-ips'],
	},
	{
		id: 'threat-intelligence',
		group: 'threats',
		ja: {
			term: '脅威インテリジェンス',
			reading: 'きょういインテリジェンス',
			also: [],
			definition:
				'既知の悪意のある IP アドレスやドメインなど、攻撃者や攻撃手法に関する情報で、GuardDuty は AWS や外部の提供元の情報を脅威の判定に使います。',
			avoid: ['スレットインテリジェンス'],
		},
		en: {
			term: 'threat intelligence',
			also: [],
			definition:
				'Information about attackers and their methods, such as known malicious IP addresses and domains, which GuardDuty takes from AWS and outside providers to identify threats.',
		},
		pages: ['guardduty', 'dns-firewall'],
	},
	{
		id: 'threat-list',
		group: 'threats',
		ja: {
			term: '脅威リスト',
			reading: 'きょういリスト',
			also: [],
			definition:
				'GuardDuty に登録する、危険だとわかっているパブリック IP アドレスの一覧（ドメインも扱う場合は脅威エンティティリスト）で、これらとの通信があると検出結果が生成されます。',
			avoid: ['脅威 IP リスト'],
		},
		en: {
			term: 'threat list',
			also: ['threat lists'],
			definition:
				'A list of publicly routable IP addresses known to be malicious that you add to GuardDuty (a threat entity list can also hold domains), which then generates a finding whenever there is communication with them.',
		},
		pages: ['guardduty'],
	},
	{
		id: 'trusted-ip-list',
		group: 'threats',
		ja: {
			term: '信頼できる IP リスト',
			reading: 'しんらいできるアイピーリスト',
			also: [],
			definition:
				'GuardDuty に登録する、安全だとわかっているパブリック IP アドレスの一覧で、これらのアドレスについては VPC フローログと CloudTrail に基づく検出結果が生成されません（DNS の検出結果は対象外）。',
			avoid: [],
		},
		en: {
			term: 'trusted IP list',
			also: [],
			definition:
				'A list of publicly routable IP addresses known to be safe that you add to GuardDuty, which then generates no VPC Flow Logs or CloudTrail findings for them (DNS findings are not affected).',
		},
		pages: ['guardduty'],
	},
	{
		id: 'vulnerability',
		group: 'threats',
		ja: {
			term: '脆弱性',
			reading: 'ぜいじゃくせい',
			also: [],
			definition: 'ソフトウェアや設定にある、攻撃者に悪用されるおそれのある弱点のことです。',
			avoid: ['ぜい弱性'],
		},
		en: {
			term: 'vulnerability',
			also: ['vulnerabilities'],
			definition: 'A weakness in software or configuration that an attacker could exploit.',
		},
		pages: ['inspector', 'codeguru'],
	},
	{
		id: 'cve',
		group: 'threats',
		ja: {
			term: 'CVE',
			reading: 'シーブイイー',
			also: [],
			definition:
				'CVE（Common Vulnerabilities and Exposures）は、公開された脆弱性に「CVE-年-連番」形式の共通の識別番号を付ける仕組みで、Amazon Inspector はパッケージに既知の CVE がないかをスキャンします。',
			avoid: [],
		},
		en: {
			term: 'CVE',
			also: ['CVEs'],
			definition:
				'CVE (Common Vulnerabilities and Exposures) gives each publicly disclosed vulnerability a shared identifier in the form CVE-year-number, and Amazon Inspector scans packages for known CVEs.',
		},
		pages: ['inspector'],
	},
	{
		id: 'shield-response-team',
		group: 'threats',
		ja: {
			term: 'Shield Response Team',
			also: ['SRT'],
			definition:
				'Shield Response Team（SRT）は、DDoS 攻撃への対応を専門とする AWS のチームで、Shield Advanced の利用者は 24 時間 365 日支援を依頼できますが、SRT へのアクセス権の付与にはビジネスサポートまたはエンタープライズサポートのプランが必要です。',
			avoid: [],
		},
		en: {
			term: 'Shield Response Team',
			also: ['SRT'],
			definition:
				'The Shield Response Team (SRT) is the AWS team of DDoS response specialists, whom Shield Advanced subscribers can call on for help 24/7; granting the SRT access requires a Business Support or Enterprise Support plan.',
		},
		pages: ['shield'],
	},
	{
		id: 'cost-protection',
		group: 'threats',
		ja: {
			term: 'DDoS コスト保護',
			reading: 'ディードスコストほご',
			also: [],
			definition:
				'保護対象のリソースが DDoS 攻撃によってスケールして増えた料金を、サービスクレジットとして申請できる Shield Advanced の機能です。',
			avoid: [],
		},
		en: {
			term: 'DDoS cost protection',
			also: [],
			definition:
				'A Shield Advanced feature that lets you claim service credits for the extra charges incurred when protected resources scale out because of a DDoS attack.',
		},
		pages: ['shield'],
	},
	{
		id: 'aws-organizations',
		group: 'accounts',
		ja: {
			term: 'AWS Organizations',
			also: ['Organizations'],
			definition:
				'複数の AWS アカウントを 1 つの組織としてまとめて管理するサービスで、GuardDuty や Firewall Manager などはこれを通じて組織全体に設定を展開します。',
			avoid: [],
		},
		en: {
			term: 'AWS Organizations',
			also: [],
			definition:
				'The AWS service that manages many AWS accounts together as one organization, through which services such as GuardDuty and Firewall Manager roll out settings across the whole organization.',
		},
		pages: ['firewall-manager', 'guardduty', 'artifact', 'organizations-policies', 'control-tower'],
	},
	{
		id: 'management-account',
		group: 'accounts',
		ja: {
			term: '管理アカウント',
			reading: 'かんりアカウント',
			also: [],
			definition:
				'AWS Organizations の組織を作成したアカウントで、組織全体を管理し、各セキュリティサービスの委任管理者を指定します。',
			avoid: ['マスターアカウント'],
		},
		en: {
			term: 'management account',
			also: [],
			definition:
				'The account that created an AWS Organizations organization; it manages the organization and designates the delegated administrator for each security service.',
		},
		pages: [
			'guardduty',
			'firewall-manager',
			'artifact',
			'organizations-policies',
			'iam-identity-center',
			'control-tower',
		],
	},
	{
		id: 'delegated-administrator',
		group: 'accounts',
		ja: {
			term: '委任管理者',
			reading: 'いにんかんりしゃ',
			also: ['委任管理者アカウント'],
			definition:
				'組織の管理アカウントが、特定のサービスの管理を任せるために指定したアカウントで、組織内のアカウントでそのサービスを有効化・設定できます。',
			avoid: ['委任された管理者'],
		},
		en: {
			term: 'delegated administrator',
			also: ['delegated administrator account'],
			definition:
				'An account that the management account of an organization designates to administer a particular service, and which can then enable and configure that service in the accounts of the organization.',
		},
		pages: [
			'guardduty',
			'inspector',
			'security-hub',
			'macie',
			'devops-guru',
			'iam-identity-center',
			'iam-access-analyzer',
			'audit-manager',
		],
	},
	{
		id: 'administrator-account',
		group: 'accounts',
		ja: {
			term: '管理者アカウント',
			reading: 'かんりしゃアカウント',
			also: [],
			definition:
				'GuardDuty や Detective などで、メンバーアカウントの設定や検出結果をまとめて管理するアカウントで、Organizations を使う場合は委任管理者がこれに当たります。',
			avoid: [],
		},
		en: {
			term: 'administrator account',
			also: ['administrator accounts'],
			definition:
				'In services such as GuardDuty and Detective, the account that manages the settings and findings of its member accounts; with Organizations, this is the delegated administrator.',
		},
		pages: ['guardduty', 'detective', 'firewall-manager', 'macie'],
	},
	{
		id: 'member-account',
		group: 'accounts',
		ja: {
			term: 'メンバーアカウント',
			also: [],
			definition:
				'AWS Organizations では管理アカウント以外のアカウントを、各セキュリティサービスでは管理者アカウントに関連付けられて管理を受けるアカウントを指します。',
			avoid: [],
		},
		en: {
			term: 'member account',
			also: ['member accounts'],
			definition:
				'In AWS Organizations, any account other than the management account; in a security service, an account that is associated with an administrator account and managed by it.',
		},
		pages: ['guardduty', 'detective', 'inspector', 'macie', 'organizations-policies'],
	},
	{
		id: 'invitation',
		group: 'accounts',
		ja: {
			term: '招待',
			reading: 'しょうたい',
			also: [],
			definition:
				'メンバーアカウントを関連付けるレガシーな方法で、組織外のアカウントや AWS Organizations を使わない場合に使います。管理者アカウントが招待を送り、相手のアカウントが承諾するとメンバーになります。',
			avoid: [],
		},
		en: {
			term: 'invitation',
			also: ['invitations'],
			definition:
				'The legacy way to associate member accounts, used for accounts outside the organization or when AWS Organizations is not used: the administrator account sends an invitation, and the account becomes a member once it accepts.',
		},
		pages: ['guardduty', 'detective', 'macie'],
	},
	{
		id: 'auto-enable',
		group: 'accounts',
		ja: {
			term: '自動有効化',
			reading: 'じどうゆうこうか',
			also: [],
			definition:
				'委任管理者が組織のアカウントでサービスを自動的に有効にする設定で、GuardDuty では既存を含むすべてのアカウント（ALL）、新しいアカウントのみ（NEW）、なし（NONE）から選びます。',
			avoid: [],
		},
		en: {
			term: 'auto-enable',
			also: [],
			definition:
				'A delegated administrator setting that turns a service on automatically in the accounts of the organization; in GuardDuty you choose all accounts including existing ones (ALL), new accounts only (NEW) or none (NONE).',
		},
		pages: ['guardduty', 'inspector', 'macie', 'detective'],
	},
	{
		id: 'least-privilege',
		group: 'accounts',
		ja: {
			term: '最小権限',
			reading: 'さいしょうけんげん',
			also: [],
			definition: 'ユーザーやロールには、作業に必要な最小限の権限だけを与えるという考え方です。',
			avoid: ['最少権限'],
		},
		en: {
			term: 'least privilege',
			also: [],
			definition:
				'The principle of granting users and roles only the permissions they need for their work.',
		},
		pages: ['policy-generator', 'iam', 'iam-access-analyzer'],
	},
	{
		id: 'read-only-access',
		group: 'accounts',
		ja: {
			term: '読み取り専用アクセス',
			reading: 'よみとりせんようアクセス',
			also: ['読み取り専用のアクセス'],
			definition:
				'設定や記録の閲覧だけを許し、変更は許さない権限のことで、監査人には SecurityAudit などの AWS 管理ポリシーで付与します。',
			avoid: [],
		},
		en: {
			term: 'read-only access',
			also: [],
			definition:
				'Permissions that allow viewing configurations and records but not changing them, granted to auditors through AWS managed policies such as SecurityAudit.',
		},
		pages: ['audit-readiness'],
	},
	{
		id: 'finding',
		group: 'detection',
		ja: {
			term: '検出結果',
			reading: 'けんしゅつけっか',
			also: [],
			definition:
				'GuardDuty、Inspector、Macie、Security Hub CSPM などのセキュリティサービスが、見つけた脅威、脆弱性、設定の問題を、重要度などの詳細とともに報告する 1 件ごとの記録です。',
			avoid: ['ファインディング'],
		},
		en: {
			term: 'finding',
			also: ['findings'],
			definition:
				'A single record in which a security service such as GuardDuty, Inspector, Macie or Security Hub CSPM reports a threat, vulnerability or configuration problem it found, with details such as its severity.',
		},
		pages: ['guardduty', 'security-hub', 'macie', 'inspector', 'detective', 'iam-access-analyzer'],
	},
	{
		id: 'false-positive',
		group: 'detection',
		ja: {
			term: '誤検知',
			reading: 'ごけんち',
			also: ['誤検出'],
			definition:
				'正常な通信や操作を攻撃や脅威と誤って判定することで、IDS では不要なアラートが増え、IPS や WAF では正常な通信まで止まる原因になります。',
			avoid: [],
		},
		en: {
			term: 'false positive',
			also: ['false positives'],
			definition:
				'Legitimate traffic or activity wrongly flagged as an attack or threat, which means needless alerts from an IDS and blocked legitimate traffic with an IPS or WAF.',
		},
		pages: ['ids-ips', 'waf', 'guardduty'],
	},
	{
		id: 'anomaly',
		group: 'detection',
		ja: {
			term: '異常',
			reading: 'いじょう',
			also: ['アノマリー'],
			definition:
				'通常の振る舞いから外れた動きのことで、IDS/IPS や GuardDuty は未知の脅威を、DevOps Guru は運用上の問題を見つける手がかりにします。',
			avoid: [],
		},
		en: {
			term: 'anomaly',
			also: ['anomalies'],
			definition:
				'Behavior that departs from what is normal, which IDS/IPS products and GuardDuty use as a clue to unknown threats and DevOps Guru as a clue to operational problems.',
		},
		pages: ['devops-guru', 'guardduty', 'ids-ips'],
	},
	{
		id: 'protection-plan',
		group: 'detection',
		ja: {
			term: '保護プラン',
			reading: 'ほごプラン',
			also: [],
			definition:
				'GuardDuty で基本のデータソースに加えて有効化できる用途別の監視機能で、S3 Protection、Runtime Monitoring、Malware Protection などがあります。',
			avoid: [],
		},
		en: {
			term: 'protection plan',
			also: ['protection plans'],
			definition:
				'An optional GuardDuty feature that extends monitoring beyond the foundational data sources for a particular use case, such as S3 Protection, Runtime Monitoring or Malware Protection.',
		},
		pages: ['guardduty'],
	},
	{
		id: 'vpc-flow-logs',
		group: 'detection',
		ja: {
			term: 'VPC フローログ',
			reading: 'ブイピーシーフローログ',
			also: [],
			definition:
				'VPC のネットワークインターフェイスを出入りする通信について、送信元、送信先、ポート、許可・拒否の結果などを記録するログで、GuardDuty と Detective は独自の経路で取り込んで分析します。',
			avoid: ['VPCフローログ'],
		},
		en: {
			term: 'VPC Flow Logs',
			also: [],
			definition:
				'Logs of the traffic to and from network interfaces in a VPC, recording the source, destination, ports and whether it was accepted or rejected; GuardDuty and Detective ingest them through their own independent streams.',
		},
		pages: ['vpc-flow-logs', 'guardduty', 'detective'],
	},
	{
		id: 'dns-logs',
		group: 'detection',
		ja: {
			term: 'DNS ログ',
			reading: 'ディーエヌエスログ',
			also: [],
			definition:
				'VPC 内のリソースが AWS の DNS リゾルバーに送った DNS クエリの記録で、GuardDuty の基本データソースの 1 つです。',
			avoid: [],
		},
		en: {
			term: 'DNS logs',
			also: [],
			definition:
				'Records of the DNS queries that resources in a VPC send to the AWS DNS resolvers, and one of the foundational data sources of GuardDuty.',
		},
		pages: ['guardduty', 'dns-firewall', 'security-lake'],
	},
	{
		id: 'cloudtrail',
		group: 'detection',
		ja: {
			term: 'AWS CloudTrail',
			also: ['CloudTrail'],
			definition:
				'AWS アカウントで誰が、いつ、どこから、どの API を呼び出したかを記録するサービスで、証跡を作成すればログを S3 に長期保存できます。',
			avoid: ['Cloud Trail'],
		},
		en: {
			term: 'AWS CloudTrail',
			also: ['CloudTrail'],
			definition:
				'The AWS service that records who called which API in an AWS account, when and from where; creating a trail keeps the logs in S3 for the long term.',
		},
		pages: ['cloudtrail', 'audit-readiness', 'guardduty', 'detective', 'devops-guru', 'inspector'],
	},
	{
		id: 'security-standard',
		group: 'detection',
		ja: {
			term: 'セキュリティ標準',
			reading: 'セキュリティひょうじゅん',
			also: [],
			definition:
				'Security Hub CSPM で、ベストプラクティスを表すコントロールをまとめたもので、AWS Foundational Security Best Practices、CIS AWS Foundations Benchmark、PCI DSS、NIST SP 800-53 などがあります。',
			avoid: [],
		},
		en: {
			term: 'security standard',
			also: ['security standards'],
			definition:
				'In Security Hub CSPM, a set of controls that represent best practices, such as AWS Foundational Security Best Practices, the CIS AWS Foundations Benchmark, PCI DSS and NIST SP 800-53.',
		},
		pages: ['security-hub'],
	},
	{
		id: 'control',
		group: 'detection',
		ja: {
			term: 'コントロール',
			also: [],
			definition:
				'Security Hub CSPM のセキュリティ標準を構成する個々のチェック項目で、リソースの設定を自動的に評価し、その結果をコントロールの検出結果として出します。',
			avoid: [],
		},
		en: {
			term: 'security control',
			also: ['security controls'],
			definition:
				'One of the checks that make up a Security Hub CSPM security standard; it evaluates resource configuration automatically and reports the result as a control finding.',
		},
		pages: ['security-hub', 'control-tower', 'audit-manager'],
	},
	{
		id: 'asff',
		group: 'detection',
		ja: {
			term: 'ASFF',
			reading: 'エーエスエフエフ',
			also: ['AWS Security Finding Format'],
			definition:
				'ASFF（AWS Security Finding Format）は、Security Hub CSPM が AWS の各サービスや他社製品の検出結果を 1 か所にまとめるために使う共通の JSON 形式です。',
			avoid: [],
		},
		en: {
			term: 'ASFF',
			also: ['AWS Security Finding Format'],
			definition:
				'ASFF (AWS Security Finding Format) is the common JSON format that Security Hub CSPM uses to bring findings from AWS services and third-party products together in one place.',
		},
		pages: ['security-hub'],
	},
	{
		id: 'cspm',
		group: 'detection',
		ja: {
			term: 'CSPM',
			reading: 'シーエスピーエム',
			also: ['Cloud Security Posture Management'],
			definition:
				'CSPM（Cloud Security Posture Management、クラウドのセキュリティ体制管理）は、クラウドの設定をベストプラクティスに照らして継続的にチェックし、リスクのある設定を見つける取り組みを指し、従来の Security Hub は 2025 年に、この役割を表す AWS Security Hub CSPM という名前に改称されました。',
			avoid: [],
		},
		en: {
			term: 'CSPM',
			also: ['cloud security posture management'],
			definition:
				'CSPM (cloud security posture management) is the practice of continuously checking cloud configuration against best practices to find risky settings; in 2025 the original Security Hub was renamed AWS Security Hub CSPM to reflect this role.',
		},
		pages: ['security-hub'],
	},
	{
		id: 'insight',
		group: 'detection',
		ja: {
			term: 'インサイト',
			also: [],
			definition:
				'Amazon DevOps Guru では関連する異常をまとめ、推奨事項や関連するイベントとメトリクスとともに知らせる通知を、Security Hub CSPM では関連する検出結果をグループ化して対応が必要な領域を示す機能を指します。',
			avoid: [],
		},
		en: {
			term: 'insight',
			also: ['insights'],
			definition:
				'In Amazon DevOps Guru, a notice that groups related anomalies together with recommendations and the related events and metrics; in Security Hub CSPM, a grouping of related findings that points to areas needing attention.',
		},
		pages: ['devops-guru', 'security-hub'],
	},
	{
		id: 'behavior-graph',
		group: 'detection',
		ja: {
			term: '動作グラフ',
			reading: 'どうさグラフ',
			also: [],
			definition:
				'Amazon Detective が取り込んだログや検出結果から作る、アカウント、IAM ユーザーやロール、IP アドレスなどのエンティティと、その間のやり取りをつないだデータ構造で、リージョンごとに作られます。',
			avoid: ['行動グラフ'],
		},
		en: {
			term: 'behavior graph',
			also: [],
			definition:
				'The data structure that Amazon Detective builds from the logs and findings it ingests, linking entities such as accounts, IAM users and roles, and IP addresses with the interactions among them; one is created per Region.',
		},
		pages: ['detective'],
	},
	{
		id: 'finding-group',
		group: 'detection',
		ja: {
			term: '検出結果グループ',
			reading: 'けんしゅつけっかグループ',
			also: [],
			definition:
				'Amazon Detective が関連する複数の検出結果やアクティビティをまとめたもので、攻撃の流れを一連のものとして調査できます。',
			avoid: [],
		},
		en: {
			term: 'finding group',
			also: ['finding groups'],
			definition:
				'A set of related findings and activities that Amazon Detective groups together so that you can investigate how an attack unfolded as a whole.',
		},
		pages: ['detective'],
	},
	{
		id: 'agentless-scanning',
		group: 'detection',
		ja: {
			term: 'エージェントレス',
			also: [],
			definition:
				'インスタンスにエージェントを入れず、Amazon EBS ボリュームのスナップショットからソフトウェアを調べる Amazon Inspector のスキャン方式で、SSM Agent のないインスタンスも対象にできます。',
			avoid: [],
		},
		en: {
			term: 'agentless scanning',
			also: ['agentless'],
			definition:
				'An Amazon Inspector scan method that examines the software on an instance from snapshots of its Amazon EBS volumes, without an agent, so instances without the SSM Agent are covered too.',
		},
		pages: ['inspector'],
	},
	{
		id: 'continuous-scanning',
		group: 'detection',
		ja: {
			term: '継続的スキャン',
			reading: 'けいぞくてきスキャン',
			also: [],
			definition:
				'Amazon Inspector の ECR スキャンで、イメージをプッシュ時だけでなく、新しい CVE が Inspector のデータベースに追加されたときにも再スキャンするスキャン頻度の設定で、監視を続ける期間は ECR 再スキャン期間で決まります。',
			avoid: [],
		},
		en: {
			term: 'continuous scanning',
			also: [],
			definition:
				'An Amazon Inspector scan frequency for Amazon ECR under which images are rescanned not only on push but also whenever a new CVE is added to the Inspector database, for as long as the ECR re-scan duration allows.',
		},
		pages: ['inspector'],
	},
	{
		id: 'sbom',
		group: 'detection',
		ja: {
			term: 'SBOM',
			reading: 'エスボム',
			also: ['ソフトウェア部品表'],
			definition:
				'SBOM（Software Bill of Materials、ソフトウェア部品表）は、ソフトウェアを構成するパッケージやライブラリとそのバージョンを列挙した一覧で、Amazon Inspector SBOM Generator で作成できます。',
			avoid: [],
		},
		en: {
			term: 'SBOM',
			also: ['software bill of materials'],
			definition:
				'An SBOM (software bill of materials) lists the packages and libraries, with their versions, that make up a piece of software; the Amazon Inspector SBOM Generator can produce one.',
		},
		pages: ['inspector'],
	},
	{
		id: 'sensitive-data',
		group: 'data',
		ja: {
			term: '機密データ',
			reading: 'きみつデータ',
			also: [],
			definition:
				'漏えいすると損害につながるため保護が必要なデータのことで、Macie は個人情報、クレジットカード番号などの金融情報、秘密鍵などの認証情報を検出します。',
			avoid: [],
		},
		en: {
			term: 'sensitive data',
			also: [],
			definition:
				'Data that needs protection because a leak would cause harm; Macie detects personal information, financial information such as credit card numbers, and credentials such as private keys.',
		},
		pages: ['macie'],
	},
	{
		id: 'pii',
		group: 'data',
		ja: {
			term: 'PII',
			reading: 'ピーアイアイ',
			also: ['個人を特定できる情報'],
			definition:
				'PII（Personally Identifiable Information、個人を特定できる情報）は、氏名、住所、パスポート番号のように、単独で、または他の情報と組み合わせて個人を特定できる情報で、Macie が検出する機密データの 1 つです。',
			avoid: [],
		},
		en: {
			term: 'PII',
			also: ['personally identifiable information'],
			definition:
				'PII (personally identifiable information) is information such as a name, address or passport number that identifies a person on its own or combined with other data, and is one kind of sensitive data that Macie detects.',
		},
		pages: ['macie'],
	},
	{
		id: 'data-identifier',
		group: 'data',
		ja: {
			term: 'データ識別子',
			reading: 'データしきべつし',
			also: [],
			definition:
				'Macie が機密データを見つけるための検出基準で、Macie が用意するマネージドデータ識別子と、正規表現とキーワードで自分で定義するカスタムデータ識別子があります。',
			avoid: [],
		},
		en: {
			term: 'data identifier',
			also: ['data identifiers'],
			definition:
				'A set of criteria that Macie uses to find sensitive data: managed data identifiers are built in, and custom data identifiers are ones you define with a regular expression and keywords.',
		},
		pages: ['macie'],
	},
	{
		id: 'sse-kms',
		group: 'data',
		ja: {
			term: 'SSE-KMS',
			reading: 'エスエスイーケーエムエス',
			also: [],
			definition:
				'SSE-KMS は AWS KMS のキーを使う Amazon S3 のサーバー側暗号化で、カスタマーマネージドキーで暗号化したオブジェクトを Macie で分析するには、キーポリシーで Macie にキーの使用を許可します。',
			avoid: [],
		},
		en: {
			term: 'SSE-KMS',
			also: [],
			definition:
				'SSE-KMS is Amazon S3 server-side encryption with AWS KMS keys; for Macie to analyze objects encrypted with a customer managed key, the key policy must allow Macie to use the key.',
		},
		pages: ['macie', 'kms', 'cloudtrail', 's3-protection'],
	},
	{
		id: 'customer-managed-key',
		group: 'data',
		ja: {
			term: 'カスタマーマネージドキー',
			also: [],
			definition:
				'利用者が AWS KMS で作成し、キーポリシーやローテーションを自分で管理する暗号化キーで、AWS が代わりに管理する AWS マネージドキーと区別されます。',
			avoid: ['カスタマー管理型キー'],
		},
		en: {
			term: 'customer managed key',
			also: ['customer managed keys'],
			definition:
				'An encryption key that you create in AWS KMS and whose key policy and rotation you manage yourself, as opposed to an AWS managed key that AWS manages for you.',
		},
		pages: ['kms', 'macie', 'inspector'],
	},
	{
		id: 'cis-benchmarks',
		group: 'compliance',
		ja: {
			term: 'CIS Benchmarks',
			reading: 'シーアイエスベンチマーク',
			also: ['CIS ベンチマーク'],
			definition:
				'非営利団体 Center for Internet Security（CIS）が専門家のコンセンサスに基づいて公開しているセキュリティ設定のベストプラクティス集で、Security Hub CSPM は AWS 向けの CIS AWS Foundations Benchmark に対応しています。',
			avoid: [],
		},
		en: {
			term: 'CIS Benchmarks',
			also: [],
			definition:
				'Consensus-based security configuration best practices published by the non-profit Center for Internet Security (CIS); Security Hub CSPM supports the CIS AWS Foundations Benchmark for AWS.',
		},
		pages: ['security-hub', 'audit-readiness'],
	},
	{
		id: 'pci-dss',
		group: 'compliance',
		ja: {
			term: 'PCI DSS',
			reading: 'ピーシーアイディーエスエス',
			also: ['Payment Card Industry Data Security Standard'],
			definition:
				'PCI DSS（Payment Card Industry Data Security Standard）は、クレジットカードの会員データを扱う事業者が守るべきセキュリティ基準で、AWS はレベル 1 サービスプロバイダーとして評価を受けています。',
			avoid: ['PCI-DSS'],
		},
		en: {
			term: 'PCI DSS',
			also: ['Payment Card Industry Data Security Standard'],
			definition:
				'PCI DSS (Payment Card Industry Data Security Standard) is the security standard for organizations that handle payment card data, and AWS is assessed against it as a Level 1 service provider.',
		},
		pages: ['artifact', 'security-hub'],
	},
	{
		id: 'soc-1',
		group: 'compliance',
		ja: {
			term: 'SOC 1',
			reading: 'エスオーシーワン',
			also: [],
			definition:
				'SOC 1 は、利用者の財務報告に係る内部統制に関係する統制を外部の監査人が評価した報告書で、AWS の SOC 1 は AWS Artifact から入手します。',
			avoid: [],
		},
		en: {
			term: 'SOC 1',
			also: [],
			definition:
				'SOC 1 is a report in which an external auditor examines the controls relevant to the internal control over financial reporting of customers; the AWS SOC 1 report is available from AWS Artifact.',
		},
		pages: ['soc-reports', 'artifact'],
	},
	{
		id: 'soc-2',
		group: 'compliance',
		ja: {
			term: 'SOC 2',
			reading: 'エスオーシーツー',
			also: [],
			definition:
				'SOC 2 は、AICPA のトラストサービス規準に照らした統制とそのテスト結果を詳しく記載した報告書で、AWS の SOC 2 はセキュリティ、可用性、機密性、プライバシーを対象とし、AWS Artifact から入手します。',
			avoid: [],
		},
		en: {
			term: 'SOC 2',
			also: [],
			definition:
				'SOC 2 is a report that details controls and their test results against the AICPA Trust Services Criteria; the AWS SOC 2 report covers security, availability, confidentiality and privacy and is available from AWS Artifact.',
		},
		pages: ['soc-reports', 'artifact'],
	},
	{
		id: 'soc-3',
		group: 'compliance',
		ja: {
			term: 'SOC 3',
			reading: 'エスオーシースリー',
			also: [],
			definition:
				'SOC 3 は、SOC 2 と同じトラストサービス規準を満たしたことを詳細なテスト結果なしで示す一般向けの報告書で、AWS の SOC 3 はホワイトペーパーとして誰でも入手できます。',
			avoid: [],
		},
		en: {
			term: 'SOC 3',
			also: [],
			definition:
				'SOC 3 is a general-use report showing that the same Trust Services Criteria as SOC 2 were met, without the detailed test results; AWS publishes its SOC 3 report as a whitepaper that anyone can download.',
		},
		pages: ['soc-reports', 'artifact'],
	},
	{
		id: 'compliance-report',
		group: 'compliance',
		ja: {
			term: 'コンプライアンスレポート',
			also: [],
			definition:
				'第三者の監査人や認証機関が AWS の統制を評価した報告書や証明書で、SOC レポート、PCI DSS の準拠証明書、ISO 認証などを AWS Artifact からダウンロードできます。',
			avoid: [],
		},
		en: {
			term: 'compliance report',
			also: ['compliance reports'],
			definition:
				'A report or certificate in which third-party auditors or certification bodies assess AWS controls, such as SOC reports, the PCI DSS attestation of compliance and ISO certifications, all downloadable from AWS Artifact.',
		},
		pages: ['artifact', 'audit-readiness', 'soc-reports'],
	},
	{
		id: 'audit',
		group: 'compliance',
		ja: {
			term: '監査',
			reading: 'かんさ',
			also: [],
			definition:
				'独立した監査人が、記録や設定などの証拠に基づいて、統制が基準どおりに整備・運用されているかを評価することです。',
			avoid: [],
		},
		en: {
			term: 'audit',
			also: ['audits'],
			definition:
				'An evaluation by an independent auditor, based on evidence such as records and configurations, of whether controls are designed and operating as required.',
		},
		pages: ['audit-readiness', 'soc-reports', 'artifact', 'audit-manager'],
	},
	{
		id: 'penetration-testing',
		group: 'compliance',
		ja: {
			term: '侵入テスト',
			reading: 'しんにゅうテスト',
			also: [],
			definition:
				'自社のシステムに実際に攻撃を試みて弱点を確かめるテストで、AWS では許可されたサービス上の自分のリソースに対して事前承認なしで実施できます。',
			avoid: [],
		},
		en: {
			term: 'penetration testing',
			also: ['penetration test', 'penetration tests'],
			definition:
				'Testing that attempts real attacks on your own systems to find weaknesses; on AWS you can test your own resources on the permitted services without prior approval.',
		},
		pages: ['audit-readiness'],
	},
	{
		id: 'ssm-agent',
		group: 'operations',
		ja: {
			term: 'SSM Agent',
			reading: 'エスエスエムエージェント',
			also: [],
			definition:
				'EC2 インスタンスなどで動く AWS Systems Manager のエージェントで、Amazon Inspector のエージェントベースのスキャンでは、これがソフトウェアインベントリを収集します。',
			avoid: ['SSM エージェント'],
		},
		en: {
			term: 'SSM Agent',
			also: [],
			definition:
				'The AWS Systems Manager agent that runs on EC2 instances and other machines; for agent-based scanning in Amazon Inspector, it collects the software inventory.',
		},
		pages: ['inspector', 'systems-manager'],
	},
	{
		id: 'eventbridge',
		group: 'operations',
		ja: {
			term: 'Amazon EventBridge',
			also: ['EventBridge'],
			definition:
				'AWS のサービスなどから届くイベントをルールで受け取り、Lambda 関数や通知などのターゲットに振り分けるサービスで、検出結果をもとにした通知や自動修復に使います。',
			avoid: ['Event Bridge'],
		},
		en: {
			term: 'Amazon EventBridge',
			also: ['EventBridge'],
			definition:
				'The AWS service that matches events from AWS services and other sources against rules and routes them to targets such as Lambda functions or notifications, used to automate alerts and remediation from findings.',
		},
		pages: [
			'security-hub',
			'guardduty',
			'inspector',
			'macie',
			'devops-guru',
			'iam-access-analyzer',
		],
	},
	{
		id: 'entity-list',
		group: 'threats',
		ja: {
			term: 'エンティティリスト',
			reading: 'エンティティリスト',
			also: ['信頼できるエンティティリスト', '脅威エンティティリスト'],
			definition:
				'GuardDuty に登録する、IP アドレスとドメインの両方を扱える信頼リストまたは脅威リストで、従来の IP リストに代わって推奨されています。',
			avoid: [],
		},
		en: {
			term: 'entity list',
			also: ['entity lists', 'trusted entity list', 'threat entity list'],
			definition:
				'A trusted or threat list in GuardDuty that can hold IP addresses, domains or both; the recommended replacement for the legacy IP lists.',
		},
		pages: ['guardduty'],
	},
	{
		id: 'suppression-rule',
		group: 'detection',
		ja: {
			term: '抑制ルール',
			reading: 'よくせいルール',
			also: [],
			definition:
				'フィルターの条件に合う GuardDuty の検出結果を自動的にアーカイブするルールで、抑制された検出結果は連携先のサービスにも送られません。',
			avoid: [],
		},
		en: {
			term: 'suppression rule',
			also: ['suppression rules'],
			definition:
				'A GuardDuty rule that automatically archives findings matching a filter; suppressed findings are not sent to integrated services either.',
		},
		pages: ['guardduty'],
	},
	{
		id: 'attack-sequence',
		group: 'threats',
		ja: {
			term: '攻撃シーケンス',
			reading: 'こうげきシーケンス',
			also: [],
			definition:
				'GuardDuty Extended Threat Detection が、複数のデータソースや時間にまたがる一連の活動を関連付けて、多段階の攻撃として 1 つにまとめた検出結果です。',
			avoid: [],
		},
		en: {
			term: 'attack sequence',
			also: ['attack sequences', 'Extended Threat Detection'],
			definition:
				'A GuardDuty Extended Threat Detection finding that correlates a series of activities across data sources and time into one multi-stage attack.',
		},
		pages: ['guardduty', 'security-hub'],
	},
	{
		id: 'exposure-finding',
		group: 'detection',
		ja: {
			term: '露出の検出結果',
			reading: 'ろしゅつのけんしゅつけっか',
			also: [],
			definition:
				'新しい AWS Security Hub が、設定ミス、脆弱性、到達可能性、機密データなどのシグナルを関連付けて、リソースが攻撃にさらされている状態を示す検出結果です。',
			avoid: [],
		},
		en: {
			term: 'exposure finding',
			also: ['exposure findings'],
			definition:
				'A finding in the newer AWS Security Hub that correlates signals such as misconfigurations, vulnerabilities, reachability and sensitive data to show that a resource is exposed.',
		},
		pages: ['security-hub'],
	},
	{
		id: 'policy-finding',
		group: 'data',
		ja: {
			term: 'ポリシー検出結果',
			reading: 'ポリシーけんしゅつけっか',
			also: [],
			definition:
				'S3 バケットの公開、暗号化の無効化、外部との共有など、バケットのセキュリティやプライバシーを損なう変更を Macie が見つけたときの検出結果で、Security Hub CSPM に既定で送られます。',
			avoid: [],
		},
		en: {
			term: 'policy finding',
			also: ['policy findings'],
			definition:
				'A Macie finding about a change that weakens the security or privacy of an S3 bucket, such as making it public; policy findings go to Security Hub CSPM by default.',
		},
		pages: ['macie'],
	},
	{
		id: 'automated-sensitive-data-discovery',
		group: 'data',
		ja: {
			term: '自動機密データ検出',
			reading: 'じどうきみつデータけんしゅつ',
			also: [],
			definition:
				'Macie が S3 汎用バケットから代表的なオブジェクトを継続的にサンプリングして分析し、バケットごとの機密度を示す機能です。',
			avoid: [],
		},
		en: {
			term: 'automated sensitive data discovery',
			also: [],
			definition:
				'A Macie feature that continually samples and analyzes representative objects from S3 general purpose buckets to show where sensitive data is likely to be.',
		},
		pages: ['macie'],
	},
	{
		id: 'cuec',
		group: 'compliance',
		ja: {
			term: '補完的利用者エンティティ統制',
			reading: 'ほかんてきりようしゃエンティティとうせい',
			also: ['CUEC'],
			definition:
				'SOC レポートに記載される、サービスの利用者側で実施することが前提となっている統制で、利用者は自社で実施していることを別途示す必要があります。',
			avoid: [],
		},
		en: {
			term: 'complementary user entity controls',
			also: ['CUEC', 'CUECs'],
			definition:
				'Controls listed in a SOC report that the service organization expects its customers to operate themselves; customers must show separately that they do.',
		},
		pages: ['soc-reports', 'audit-readiness'],
	},
	{
		id: 'trust-services-criteria',
		group: 'compliance',
		ja: {
			term: 'トラストサービス規準',
			reading: 'トラストサービスきじゅん',
			also: [],
			definition:
				'AICPA が定める、セキュリティ、可用性、処理のインテグリティ、機密性、プライバシーに関する規準で、SOC 2 と SOC 3 の評価の基準になります。',
			avoid: [],
		},
		en: {
			term: 'Trust Services Criteria',
			also: [],
			definition:
				'The AICPA criteria for security, availability, processing integrity, confidentiality and privacy against which SOC 2 and SOC 3 reports are examined.',
		},
		pages: ['soc-reports'],
	},
	{
		id: 'root-user',
		group: 'accounts',
		ja: {
			term: 'ルートユーザー',
			also: ['AWS アカウントのルートユーザー'],
			definition:
				'AWS アカウントの作成時に作られる、アカウント内のすべてのサービスとリソースにフルアクセスできるアイデンティティで、ルートユーザーにしかできないタスクにだけ使います。',
			avoid: [],
		},
		en: {
			term: 'root user',
			also: ['AWS account root user'],
			definition:
				'The identity created with an AWS account that has complete access to every service and resource in it; use it only for the tasks that require root user credentials.',
		},
		pages: ['iam', 'organizations-policies'],
	},
	{
		id: 'iam-role',
		group: 'accounts',
		ja: {
			term: 'IAM ロール',
			reading: 'アイアムロール',
			also: [],
			definition:
				'長期的な認証情報を持たず、引き受けたプリンシパルに AWS STS の一時的な認証情報を渡す IAM のアイデンティティで、ワークロードやクロスアカウントアクセスに使います。',
			avoid: [],
		},
		en: {
			term: 'IAM role',
			also: ['IAM roles'],
			definition:
				'An IAM identity with no long-term credentials that gives whoever assumes it temporary credentials from AWS STS; used for workloads and cross-account access.',
		},
		pages: ['iam', 'iam-identity-center'],
	},
	{
		id: 'trust-policy',
		group: 'accounts',
		ja: {
			term: '信頼ポリシー',
			reading: 'しんらいポリシー',
			also: ['ロールの信頼ポリシー'],
			definition:
				'IAM ロールに付けるリソースベースのポリシーで、そのロールを引き受けられるプリンシパル（アカウント、ユーザー、ロール、AWS サービスなど）を指定します。',
			avoid: [],
		},
		en: {
			term: 'trust policy',
			also: ['role trust policy'],
			definition:
				'The resource-based policy on an IAM role that names the principals (accounts, users, roles, AWS services and more) allowed to assume it.',
		},
		pages: ['iam'],
	},
	{
		id: 'permissions-boundary',
		group: 'accounts',
		ja: {
			term: 'アクセス許可の境界',
			reading: 'アクセスきょかのきょうかい',
			also: ['権限境界'],
			definition:
				'管理ポリシーを使って、ID ベースのポリシーが IAM ユーザーやロールに付与できる権限の上限を決める機能で、それ自体は権限を付与しません。',
			avoid: [],
		},
		en: {
			term: 'permissions boundary',
			also: ['permissions boundaries'],
			definition:
				'A managed policy that sets the maximum permissions identity-based policies can grant to an IAM user or role; it grants nothing by itself.',
		},
		pages: ['iam', 'organizations-policies'],
	},
	{
		id: 'explicit-deny',
		group: 'accounts',
		ja: {
			term: '明示的な拒否',
			reading: 'めいじてきなきょひ',
			also: [],
			definition:
				'ポリシーの Deny ステートメントがリクエストに当てはまることで、どの種類のポリシーにあっても、ほかのすべての許可に優先してリクエストを拒否します。',
			avoid: [],
		},
		en: {
			term: 'explicit deny',
			also: [],
			definition:
				'A Deny statement that matches a request; in any type of policy it overrides every allow and denies the request.',
		},
		pages: ['iam', 'organizations-policies'],
	},
	{
		id: 'temporary-credentials',
		group: 'accounts',
		ja: {
			term: '一時的な認証情報',
			reading: 'いちじてきなにんしょうじょうほう',
			also: ['一時的なセキュリティ認証情報'],
			definition:
				'AWS STS が発行する、アクセスキー ID・シークレットアクセスキー・セッショントークンからなる期限付きの認証情報で、期限が来ると自動的に使えなくなります。',
			avoid: [],
		},
		en: {
			term: 'temporary credentials',
			also: ['temporary security credentials'],
			definition:
				'Credentials issued by AWS STS, made of an access key ID, a secret access key and a session token, that stop working on their own when they expire.',
		},
		pages: ['iam', 'iam-identity-center'],
	},
	{
		id: 'mfa',
		group: 'accounts',
		ja: {
			term: '多要素認証',
			reading: 'たようそにんしょう',
			also: ['MFA'],
			definition:
				'パスワードに加えて、パスキーやセキュリティキー、認証アプリのコードなどの別の要素でも本人を確認するサインイン方法で、AWS ではすべてのルートユーザーに必須です。',
			avoid: [],
		},
		en: {
			term: 'multi-factor authentication',
			also: ['MFA'],
			definition:
				'Sign-in that checks a second factor, such as a passkey, security key or authenticator app code, in addition to the password; AWS requires it for every root user.',
		},
		pages: ['iam', 'iam-identity-center'],
	},
	{
		id: 'permission-set',
		group: 'accounts',
		ja: {
			term: '許可セット',
			reading: 'きょかセット',
			also: ['パーミッションセット'],
			definition:
				'IAM Identity Center で、ユーザーがアカウント内で何をできるかをポリシーの組み合わせとして定めたテンプレートで、割り当てたアカウントに IAM ロールとして作成されます。',
			avoid: [],
		},
		en: {
			term: 'permission set',
			also: ['permission sets'],
			definition:
				'In IAM Identity Center, a template of policies that defines what users can do in an account; it is provisioned as an IAM role in each assigned account.',
		},
		pages: ['iam-identity-center'],
	},
	{
		id: 'identity-source',
		group: 'accounts',
		ja: {
			term: 'ID ソース',
			reading: 'アイディーソース',
			also: [],
			definition:
				'IAM Identity Center がユーザーとグループの情報を持つ場所で、Identity Center ディレクトリ、Active Directory、外部 ID プロバイダーのどれか 1 つを選びます。',
			avoid: [],
		},
		en: {
			term: 'identity source',
			also: [],
			definition:
				'Where IAM Identity Center keeps users and groups: the Identity Center directory, Active Directory or an external identity provider, one at a time.',
		},
		pages: ['iam-identity-center'],
	},
	{
		id: 'scim',
		group: 'accounts',
		ja: {
			term: 'SCIM',
			reading: 'スキム',
			also: [],
			definition:
				'ID プロバイダーから別のシステムへ、ユーザーとグループの作成・更新・削除を自動的に同期するための標準プロトコルで、IAM Identity Center の自動プロビジョニングに使います。',
			avoid: [],
		},
		en: {
			term: 'SCIM',
			also: ['System for Cross-domain Identity Management'],
			definition:
				'A standard protocol that automatically syncs the creation, update and deletion of users and groups from an identity provider to another system, used for automatic provisioning into IAM Identity Center.',
		},
		pages: ['iam-identity-center'],
	},
	{
		id: 'trusted-identity-propagation',
		group: 'accounts',
		ja: {
			term: '信頼できる ID の伝播',
			reading: 'しんらいできるアイディーのでんぱ',
			also: [],
			definition:
				'アプリケーションにサインインしたユーザーの ID コンテキストを AWS のサービスに引き渡し、ロールではなくユーザーやグループに基づいてデータへのアクセスを認可・記録する仕組みです。',
			avoid: [],
		},
		en: {
			term: 'trusted identity propagation',
			also: [],
			definition:
				'Passing the identity context of a signed-in user from an application to AWS services, so data access is authorized and logged by user and group rather than by role.',
		},
		pages: ['iam-identity-center'],
	},
	{
		id: 'service-control-policy',
		group: 'accounts',
		ja: {
			term: 'サービスコントロールポリシー',
			also: ['SCP'],
			definition:
				'AWS Organizations のルート・OU・アカウントにアタッチし、メンバーアカウントの IAM ユーザーとロール（ルートユーザーを含む）が使える権限の上限を決めるポリシーで、権限は付与しません。',
			avoid: [],
		},
		en: {
			term: 'service control policy',
			also: ['SCP', 'SCPs'],
			definition:
				'An AWS Organizations policy attached to the root, OUs or accounts that sets the maximum permissions for IAM users and roles (root user included) in member accounts; it grants nothing.',
		},
		pages: ['organizations-policies', 'iam'],
	},
	{
		id: 'resource-control-policy',
		group: 'accounts',
		ja: {
			term: 'リソースコントロールポリシー',
			also: ['RCP'],
			definition:
				'AWS Organizations のルート・OU・アカウントにアタッチし、メンバーアカウントのリソースに対して誰が何をできるかの上限を決めるポリシーで、組織外からのアクセスも制限できます。',
			avoid: [],
		},
		en: {
			term: 'resource control policy',
			also: ['RCP', 'RCPs'],
			definition:
				'An AWS Organizations policy attached to the root, OUs or accounts that caps what anyone, including principals outside the organization, can do to resources in member accounts.',
		},
		pages: ['organizations-policies', 'iam'],
	},
	{
		id: 'declarative-policy',
		group: 'accounts',
		ja: {
			term: '宣言ポリシー',
			reading: 'せんげんポリシー',
			also: ['宣言型ポリシー'],
			definition:
				'AWS Organizations で、サービスのあるべき設定を組織全体で宣言し、サービスのコントロールプレーンで維持する管理ポリシーで、現在は Amazon EC2 関連の設定に対応しています。',
			avoid: [],
		},
		en: {
			term: 'declarative policy',
			also: ['declarative policies'],
			definition:
				"An AWS Organizations management policy that declares a service's desired configuration across the organization and enforces it in the service's control plane, currently for Amazon EC2 related settings.",
		},
		pages: ['organizations-policies'],
	},
	{
		id: 'organizational-unit',
		group: 'accounts',
		ja: {
			term: '組織単位',
			reading: 'そしきたんい',
			also: ['OU'],
			definition:
				'AWS Organizations で複数のアカウントをまとめるコンテナで、OU にアタッチしたポリシーはその中のアカウントと子の OU に継承されます。',
			avoid: [],
		},
		en: {
			term: 'organizational unit',
			also: ['OU', 'OUs'],
			definition:
				'A container that groups accounts in AWS Organizations; policies attached to an OU are inherited by its accounts and child OUs.',
		},
		pages: ['organizations-policies'],
	},
	{
		id: 'data-perimeter',
		group: 'accounts',
		ja: {
			term: 'データ境界',
			reading: 'データきょうかい',
			also: [],
			definition:
				'信頼できるアイデンティティが、信頼できるリソースに、想定したネットワークからだけアクセスできるようにする予防的なガードレールの集まりで、SCP や RCP で組織全体に強制します。',
			avoid: [],
		},
		en: {
			term: 'data perimeter',
			also: [],
			definition:
				'A set of preventive guardrails that lets only trusted identities reach trusted resources from expected networks, enforced across an organization with SCPs and RCPs.',
		},
		pages: ['organizations-policies'],
	},
	{
		id: 'zone-of-trust',
		group: 'accounts',
		ja: {
			term: '信頼ゾーン',
			reading: 'しんらいゾーン',
			also: ['ゾーン・オブ・トラスト'],
			definition:
				'IAM Access Analyzer のアナライザーを作るときに選ぶアカウントまたは組織のことで、この範囲の中のプリンシパルへの共有は安全とみなされ、検出結果になりません。',
			avoid: [],
		},
		en: {
			term: 'zone of trust',
			also: ['zones of trust'],
			definition:
				'The account or organization chosen for an IAM Access Analyzer analyzer; sharing with principals inside it is considered safe and produces no finding.',
		},
		pages: ['iam-access-analyzer'],
	},
	{
		id: 'unused-access',
		group: 'accounts',
		ja: {
			term: '未使用のアクセス',
			reading: 'みしようのアクセス',
			also: ['未使用アクセス'],
			definition:
				'追跡期間のあいだ使われていない IAM ロール、アクセスキー、パスワード、権限のことで、IAM Access Analyzer の未使用のアクセスのアナライザーが検出結果として示します。',
			avoid: [],
		},
		en: {
			term: 'unused access',
			also: ['unused access finding', 'unused access analyzer'],
			definition:
				'IAM roles, access keys, passwords and permissions not used during a tracking period, reported as findings by an IAM Access Analyzer unused access analyzer.',
		},
		pages: ['iam-access-analyzer'],
	},
	{
		id: 'archive-rule',
		group: 'detection',
		ja: {
			term: 'アーカイブルール',
			also: [],
			definition:
				'条件に合う新しい検出結果を自動でアーカイブする IAM Access Analyzer のルールで、意図した共有を除外して重要な検出結果に集中するために使います。',
			avoid: [],
		},
		en: {
			term: 'archive rule',
			also: ['archive rules'],
			definition:
				'An IAM Access Analyzer rule that automatically archives new findings matching its criteria, so that intended sharing does not hide the findings that matter.',
		},
		pages: ['iam-access-analyzer'],
	},
	{
		id: 'custom-policy-check',
		group: 'accounts',
		ja: {
			term: 'カスタムポリシーチェック',
			also: ['CheckNoNewAccess', 'CheckAccessNotGranted', 'CheckNoPublicAccess'],
			definition:
				'ポリシーが新しいアクセスや禁止した権限、パブリックアクセスを許可していないかを自動推論で判定し PASS か FAIL を返す、IAM Access Analyzer のデプロイ前のチェックです。',
			avoid: [],
		},
		en: {
			term: 'custom policy check',
			also: [
				'custom policy checks',
				'CheckNoNewAccess',
				'CheckAccessNotGranted',
				'CheckNoPublicAccess',
			],
			definition:
				'An IAM Access Analyzer pre-deployment check that uses automated reasoning to decide whether a policy grants new access, forbidden permissions or public access, returning PASS or FAIL.',
		},
		pages: ['iam-access-analyzer'],
	},
	{
		id: 'policy-generation',
		group: 'accounts',
		ja: {
			term: 'ポリシーの生成',
			reading: 'ポリシーのせいせい',
			also: ['ポリシー生成'],
			definition:
				'IAM ユーザーやロールが実際に使ったサービスとアクションを CloudTrail の証跡から読み取り、それだけを許可するポリシーのひな型を作る IAM Access Analyzer の機能です。',
			avoid: [],
		},
		en: {
			term: 'policy generation',
			also: ['generated policy'],
			definition:
				'An IAM Access Analyzer feature that reads the services and actions an IAM user or role actually used from a CloudTrail trail and drafts a policy allowing only those.',
		},
		pages: ['iam-access-analyzer', 'policy-generator'],
	},
	{
		id: 'user-pool',
		group: 'accounts',
		ja: {
			term: 'ユーザープール',
			also: ['Cognito ユーザープール'],
			definition:
				'アプリケーションの利用者のサインアップとサインインを担い、OIDC の ID プロバイダーとしてトークンを発行する Amazon Cognito の利用者ディレクトリです。',
			avoid: [],
		},
		en: {
			term: 'user pool',
			also: ['user pools', 'Cognito user pool'],
			definition:
				'The Amazon Cognito user directory that handles sign-up and sign-in for an application and issues tokens as an OIDC identity provider.',
		},
		pages: ['cognito'],
	},
	{
		id: 'identity-pool',
		group: 'accounts',
		ja: {
			term: 'ID プール',
			reading: 'アイディープール',
			also: ['Cognito ID プール', 'フェデレーティッドアイデンティティ'],
			definition:
				'サインインした利用者やゲストに、IAM ロールに基づく AWS の一時的な認証情報を渡す Amazon Cognito の機能です。',
			avoid: [],
		},
		en: {
			term: 'identity pool',
			also: ['identity pools', 'Cognito identity pool', 'federated identities'],
			definition:
				'The Amazon Cognito feature that gives signed-in users and guests temporary AWS credentials based on IAM roles.',
		},
		pages: ['cognito'],
	},
	{
		id: 'jwt',
		group: 'accounts',
		ja: {
			term: 'JWT',
			reading: 'ジェイダブリューティー',
			also: ['JSON ウェブトークン'],
			definition:
				'署名付きの JSON でクレームを運ぶトークンの形式で、Cognito のユーザープールが発行する ID トークン、アクセストークン、更新トークンに使われます。',
			avoid: [],
		},
		en: {
			term: 'JWT',
			also: ['JSON Web Token', 'JWTs'],
			definition:
				'A token format that carries claims as signed JSON, used for the ID, access and refresh tokens issued by Cognito user pools.',
		},
		pages: ['cognito'],
	},
	{
		id: 'refresh-token',
		group: 'accounts',
		ja: {
			term: '更新トークン',
			reading: 'こうしんトークン',
			also: ['リフレッシュトークン'],
			definition:
				'再サインインせずに新しい ID トークンとアクセストークンを得るためのトークンで、Cognito では既定で 30 日間有効です。',
			avoid: [],
		},
		en: {
			term: 'refresh token',
			also: ['refresh tokens'],
			definition:
				'A token used to get new ID and access tokens without signing in again; in Cognito it is valid for 30 days by default.',
		},
		pages: ['cognito'],
	},
	{
		id: 'adaptive-authentication',
		group: 'threats',
		ja: {
			term: 'アダプティブ認証',
			reading: 'アダプティブにんしょう',
			also: ['適応型認証'],
			definition:
				'サインインのたびにリスクを評価し、リスクが高いときにサインインをブロックしたり MFA を求めたりする仕組みで、Cognito では Plus プランの脅威保護に含まれます。',
			avoid: [],
		},
		en: {
			term: 'adaptive authentication',
			also: [],
			definition:
				'Rating the risk of every sign-in and blocking it or requiring MFA when the risk is high; in Cognito it is part of Plus plan threat protection.',
		},
		pages: ['cognito'],
	},
	{
		id: 'mau',
		group: 'accounts',
		ja: {
			term: '月間アクティブユーザー',
			reading: 'げっかんアクティブユーザー',
			also: ['MAU'],
			definition:
				'その月に認証や更新、照会などの操作があった利用者の数で、Cognito のユーザープールの料金の単位です。',
			avoid: [],
		},
		en: {
			term: 'monthly active user',
			also: ['MAU', 'MAUs', 'monthly active users'],
			definition:
				'A user with authentication, update or query activity in a month; the unit of Cognito user pool pricing.',
		},
		pages: ['cognito'],
	},
	{
		id: 'landing-zone',
		group: 'accounts',
		ja: {
			term: 'ランディングゾーン',
			also: [],
			definition:
				'セキュリティとコンプライアンスのベストプラクティスに沿って設計された、ログ集約や監査用のアカウントを備えるマルチアカウントの AWS 環境です。',
			avoid: [],
		},
		en: {
			term: 'landing zone',
			also: ['landing zones'],
			definition:
				'A multi-account AWS environment designed around security and compliance best practices, with accounts for centralized logging and auditing.',
		},
		pages: ['control-tower'],
	},
	{
		id: 'preventive-control',
		group: 'compliance',
		ja: {
			term: '予防コントロール',
			reading: 'よぼうコントロール',
			also: ['予防的コントロール'],
			definition:
				'ルールに違反する操作を事前に拒否するコントロールで、Control Tower では SCP や RCP で実装されます。',
			avoid: [],
		},
		en: {
			term: 'preventive control',
			also: ['preventive controls'],
			definition:
				'A control that denies actions that would break a rule before they happen; in Control Tower it is implemented with SCPs or RCPs.',
		},
		pages: ['control-tower'],
	},
	{
		id: 'detective-control',
		group: 'compliance',
		ja: {
			term: '検出コントロール',
			reading: 'けんしゅつコントロール',
			also: ['発見的コントロール'],
			definition:
				'ルールに違反している状態を操作の後に見つけて報告するコントロールで、Control Tower では AWS Config ルールで実装されます。',
			avoid: [],
		},
		en: {
			term: 'detective control',
			also: ['detective controls'],
			definition:
				'A control that finds and reports a noncompliant state after the fact; in Control Tower it is implemented with AWS Config rules.',
		},
		pages: ['control-tower'],
	},
	{
		id: 'proactive-control',
		group: 'compliance',
		ja: {
			term: 'プロアクティブコントロール',
			also: [],
			definition:
				'CloudFormation でデプロイされるリソースをプロビジョニング前に検査し、不適合なら作らせないコントロールで、CloudFormation フックで実装されます。',
			avoid: [],
		},
		en: {
			term: 'proactive control',
			also: ['proactive controls'],
			definition:
				'A control that checks resources deployed through CloudFormation before they are provisioned and stops noncompliant ones, implemented with CloudFormation hooks.',
		},
		pages: ['control-tower'],
	},
	{
		id: 'drift',
		group: 'compliance',
		ja: {
			term: 'ドリフト',
			also: [],
			definition:
				'ランディングゾーンやコントロールなどの構成が、Control Tower が想定する構成から外れた状態のことです。',
			avoid: [],
		},
		en: {
			term: 'drift',
			also: [],
			definition:
				'A state in which the landing zone, a control or another configuration no longer matches what Control Tower expects.',
		},
		pages: ['control-tower'],
	},
	{
		id: 'account-factory',
		group: 'accounts',
		ja: {
			term: 'Account Factory',
			reading: 'アカウントファクトリー',
			also: ['AFT', 'Account Factory for Terraform'],
			definition:
				'ランディングゾーンの統制が最初から効いた状態で新しい AWS アカウントを払い出す、Control Tower の機能です。',
			avoid: [],
		},
		en: {
			term: 'Account Factory',
			also: ['AFT', 'Account Factory for Terraform'],
			definition:
				'The Control Tower feature that provisions new AWS accounts with the landing zone governance already in place.',
		},
		pages: ['control-tower'],
	},
	{
		id: 'log-archive-account',
		group: 'accounts',
		ja: {
			term: 'ログアーカイブアカウント',
			also: [],
			definition:
				'ランディングゾーンの全アカウントの CloudTrail のログと AWS Config のデータを集めて保管する、Security OU の共有アカウントです。',
			avoid: [],
		},
		en: {
			term: 'log archive account',
			also: [],
			definition:
				'The shared account in the Security OU that collects and keeps CloudTrail logs and AWS Config data from every account in the landing zone.',
		},
		pages: ['control-tower'],
	},
	{
		id: 'audit-evidence',
		group: 'compliance',
		ja: {
			term: '監査証拠',
			reading: 'かんさしょうこ',
			also: ['証拠'],
			definition:
				'コントロールの要件を満たしていることを示す記録で、ユーザーのアクティビティや設定のスナップショット、アップロードした文書などがあります。',
			avoid: [],
		},
		en: {
			term: 'audit evidence',
			also: ['evidence'],
			definition:
				'A record that shows a control requirement is met, such as user activity, a configuration snapshot or an uploaded document.',
		},
		pages: ['audit-manager', 'audit-readiness'],
	},
	{
		id: 'audit-framework',
		group: 'compliance',
		ja: {
			term: 'フレームワーク',
			also: ['監査フレームワーク', 'カスタムフレームワーク'],
			definition:
				'規制や標準の要件を、コントロールセットとコントロールにまとめたもので、Audit Manager の評価の基になります。',
			avoid: [],
		},
		en: {
			term: 'framework',
			also: ['audit framework', 'custom framework', 'standard framework'],
			definition:
				'The requirements of a regulation or standard organized into control sets and controls; the basis of an Audit Manager assessment.',
		},
		pages: ['audit-manager'],
	},
	{
		id: 'assessment-report',
		group: 'compliance',
		ja: {
			term: '評価レポート',
			reading: 'ひょうかレポート',
			also: ['アセスメントレポート'],
			definition:
				'Audit Manager の評価から選んだ証拠をまとめて S3 バケットに保存する、監査人向けの署名付きの成果物です。',
			avoid: [],
		},
		en: {
			term: 'assessment report',
			also: ['assessment reports'],
			definition:
				'The signed deliverable for auditors that Audit Manager builds from evidence selected in an assessment and saves to an S3 bucket.',
		},
		pages: ['audit-manager'],
	},
	{
		id: 'resource-assessment',
		group: 'compliance',
		ja: {
			term: 'リソース評価',
			reading: 'リソースひょうか',
			also: [],
			definition:
				'評価の対象になった個々のリソースについて証拠を集め、保管し、管理する Audit Manager の処理で、料金の単位です。',
			avoid: [],
		},
		en: {
			term: 'resource assessment',
			also: ['resource assessments'],
			definition:
				'The Audit Manager process that collects, stores and manages evidence for one resource in scope; the unit of pricing.',
		},
		pages: ['audit-manager'],
	},
	{
		id: 'envelope-encryption',
		group: 'data',
		ja: {
			term: 'エンベロープ暗号化',
			reading: 'エンベロープあんごうか',
			also: [],
			definition:
				'データはデータキーで手元で暗号化し、そのデータキーを KMS キーなど別のキーで暗号化してデータと一緒に保存する方式で、KMS で直接暗号化できる 4 KB を超えるデータはこの方式で扱います。',
			avoid: [],
		},
		en: {
			term: 'envelope encryption',
			also: [],
			definition:
				'Encrypting data locally with a data key and storing that data key, encrypted under another key such as a KMS key, next to the data; it is how data larger than the 4 KB that KMS encrypts directly is handled.',
		},
		pages: ['kms'],
	},
	{
		id: 'data-key',
		group: 'data',
		ja: {
			term: 'データキー',
			also: [],
			definition:
				'KMS の GenerateDataKey が平文と KMS キーで暗号化したものの 2 つの形で返す暗号化キーで、平文の方でデータを暗号化したら消去し、暗号化済みの方をデータと一緒に保存します。',
			avoid: [],
		},
		en: {
			term: 'data key',
			also: ['data keys'],
			definition:
				'An encryption key that KMS GenerateDataKey returns both in plaintext and encrypted under a KMS key; you encrypt data with the plaintext copy, erase it, and store the encrypted copy with the data.',
		},
		pages: ['kms'],
	},
	{
		id: 'key-policy',
		group: 'data',
		ja: {
			term: 'キーポリシー',
			also: [],
			definition:
				'KMS キーに必ず 1 つ付くリソースベースのポリシーで、キーへのアクセス制御の中心となり、IAM ポリシーによる許可を有効にするかどうかもここで決まります。',
			avoid: [],
		},
		en: {
			term: 'key policy',
			also: ['key policies'],
			definition:
				'The resource-based policy that every KMS key has exactly one of; it is the primary access control for the key and decides whether IAM policies can grant access to it.',
		},
		pages: ['kms'],
	},
	{
		id: 'kms-grant',
		group: 'data',
		ja: {
			term: 'グラント',
			also: [],
			definition:
				'1 つの KMS キーについて、1 つのプリンシパルに指定した操作だけを許可する仕組みで、キーポリシーを書き換えずに一時的な権限を与えられるため AWS サービスがよく使います。',
			avoid: [],
		},
		en: {
			term: 'grant',
			also: ['grants'],
			definition:
				'A KMS mechanism that allows one principal to call specified operations on one KMS key, used for temporary permissions without editing key policies and widely used by AWS services.',
		},
		pages: ['kms'],
	},
	{
		id: 'encryption-context',
		group: 'data',
		ja: {
			term: '暗号化コンテキスト',
			reading: 'あんごうかコンテキスト',
			also: [],
			definition:
				'KMS の対称暗号化キーで暗号化するときに指定するキーと値の組で、追加認証データとして暗号文に結び付けられ、復号時にも完全に同じものを指定する必要があり、ログには平文で記録されます。',
			avoid: [],
		},
		en: {
			term: 'encryption context',
			also: [],
			definition:
				'Key-value pairs passed when encrypting with a KMS symmetric encryption key, bound to the ciphertext as additional authenticated data; decryption needs exactly the same pairs, and they appear in plaintext in logs.',
		},
		pages: ['kms'],
	},
	{
		id: 'multi-region-key',
		group: 'data',
		ja: {
			term: 'マルチリージョンキー',
			also: [],
			definition:
				'異なるリージョンにありながら同じキー ID とキーマテリアルを持ち、あるリージョンで暗号化したデータを別のリージョンで復号できる KMS キーの組で、キーポリシーはリージョンごとに独立しています。',
			avoid: [],
		},
		en: {
			term: 'multi-Region key',
			also: ['multi-Region keys'],
			definition:
				'A set of KMS keys in different Regions that share a key ID and key material, so data encrypted in one Region can be decrypted in another; each key still has its own key policy.',
		},
		pages: ['kms'],
	},
	{
		id: 'custom-key-store',
		group: 'data',
		ja: {
			term: 'カスタムキーストア',
			also: ['外部キーストア', 'CloudHSM キーストア', 'XKS'],
			definition:
				'利用者が所有・管理するキーマネージャー（AWS CloudHSM クラスターまたは AWS の外の外部キーマネージャー）に裏付けられた KMS の論理的なキーストアで、暗号化操作はそのキーマネージャーで実行されます。',
			avoid: [],
		},
		en: {
			term: 'custom key store',
			also: ['custom key stores', 'external key store', 'CloudHSM key store', 'XKS'],
			definition:
				'A logical key store in KMS backed by a key manager you own and manage, either an AWS CloudHSM cluster or an external key manager outside AWS, where the cryptographic operations run.',
		},
		pages: ['kms', 'cloudhsm'],
	},
	{
		id: 'hsm',
		group: 'data',
		ja: {
			term: 'HSM',
			reading: 'エイチエスエム',
			also: ['ハードウェアセキュリティモジュール'],
			definition:
				'暗号化キーを改ざんに強いハードウェアの中で生成・保管し、キーを外に出さずに暗号化処理を行う専用の装置で、AWS KMS は AWS が運用する HSM を、AWS CloudHSM は利用者専用の HSM を使います。',
			avoid: [],
		},
		en: {
			term: 'HSM',
			also: ['hardware security module', 'hardware security modules'],
			definition:
				'A dedicated hardware device that generates and stores encryption keys in tamper-resistant hardware and runs cryptographic operations without letting the keys out; AWS KMS uses HSMs that AWS runs, and AWS CloudHSM gives you HSMs of your own.',
		},
		pages: ['cloudhsm', 'kms'],
	},
	{
		id: 'fips-140-3',
		group: 'compliance',
		ja: {
			term: 'FIPS 140-3',
			reading: 'フィップスひゃくよんじゅうのさん',
			also: [],
			definition:
				'米国政府が暗号モジュールのセキュリティ要件を定めた標準で、AWS KMS の HSM はそのセキュリティレベル 3 の検証を受けています。',
			avoid: [],
		},
		en: {
			term: 'FIPS 140-3',
			also: [],
			definition:
				'The US government standard for the security requirements of cryptographic modules; the HSMs of AWS KMS are validated at its Security Level 3.',
		},
		pages: ['kms', 'cloudhsm'],
	},
	{
		id: 'crypto-user',
		group: 'data',
		ja: {
			term: 'Crypto User',
			reading: 'クリプトユーザー',
			also: [],
			definition:
				'CloudHSM の HSM ユーザーの種類の 1 つで、キーの作成・共有・インポート・エクスポートと、キーを使った暗号化・復号・署名などの暗号化操作を行います。',
			avoid: [],
		},
		en: {
			term: 'crypto user',
			also: ['crypto users', 'CU'],
			definition:
				'A CloudHSM HSM user type that creates, shares, imports and exports keys and uses them to encrypt, decrypt, sign and verify.',
		},
		pages: ['cloudhsm'],
	},
	{
		id: 'domain-validation',
		group: 'data',
		ja: {
			term: 'ドメイン検証',
			reading: 'ドメインけんしょう',
			also: ['DNS 検証', 'E メール検証'],
			definition:
				'ACM がパブリック証明書を発行・更新する前に、証明書に含める各ドメイン名を利用者が所有または管理していることを DNS・E メール・HTTP のいずれかで確かめる手続きです。',
			avoid: [],
		},
		en: {
			term: 'domain validation',
			also: ['DNS validation', 'email validation'],
			definition:
				'The check ACM runs before issuing or renewing a public certificate, through DNS, email or HTTP, that you own or control each domain name in it.',
		},
		pages: ['certificate-manager'],
	},
	{
		id: 'managed-renewal',
		group: 'data',
		ja: {
			term: 'マネージド更新',
			reading: 'マネージドこうしん',
			also: [],
			definition:
				'ACM が自身の発行した証明書を期限前に更新する仕組みで、DNS 検証の証明書は自動で更新されますが、インポートした証明書は対象外です。',
			avoid: [],
		},
		en: {
			term: 'managed renewal',
			also: [],
			definition:
				'ACM renewing the certificates it issued before they expire; DNS-validated certificates renew automatically, while imported certificates are not covered.',
		},
		pages: ['certificate-manager', 'private-ca'],
	},
	{
		id: 'exportable-certificate',
		group: 'data',
		ja: {
			term: 'エクスポート可能な証明書',
			reading: 'エクスポートかのうなしょうめいしょ',
			also: ['エクスポート可能なパブリック証明書'],
			definition:
				'証明書・証明書チェーン・パスフレーズで暗号化した秘密鍵を取り出して任意のサーバーで使える ACM の証明書で、パブリック証明書の場合は発行時と更新時に料金がかかります。',
			avoid: [],
		},
		en: {
			term: 'exportable certificate',
			also: ['exportable public certificate', 'exportable public certificates'],
			definition:
				'An ACM certificate whose certificate, chain and passphrase-encrypted private key you can export to use on any server; exportable public certificates are charged at issuance and renewal.',
		},
		pages: ['certificate-manager'],
	},
	{
		id: 'acme',
		group: 'data',
		ja: {
			term: 'ACME',
			reading: 'アクミー',
			also: [],
			definition:
				'証明書の発行と更新を自動化するプロトコル（RFC 8555）で、ACM の ACME エンドポイントを使うと Certbot などの ACME クライアントからパブリック証明書を発行できます。',
			avoid: [],
		},
		en: {
			term: 'ACME',
			also: [],
			definition:
				'The Automated Certificate Management Environment protocol (RFC 8555) for automating certificate issuance and renewal; ACM ACME endpoints let ACME clients such as Certbot issue public certificates.',
		},
		pages: ['certificate-manager'],
	},
	{
		id: 'certificate-authority',
		group: 'data',
		ja: {
			term: '認証局',
			reading: 'にんしょうきょく',
			also: ['証明機関'],
			definition:
				'公開鍵とその持ち主を結び付ける証明書に署名して発行する主体で、ブラウザーなどに広く信頼されるパブリックな認証局と、組織の内部だけで信頼されるプライベートな認証局があります。',
			avoid: [],
		},
		en: {
			term: 'certificate authority',
			also: ['certificate authorities'],
			definition:
				'The entity that signs and issues certificates binding a public key to its owner; public CAs are trusted by browsers at large, private CAs only inside an organization.',
		},
		pages: ['private-ca', 'certificate-manager'],
	},
	{
		id: 'subordinate-ca',
		group: 'data',
		ja: {
			term: '下位 CA',
			reading: 'かいシーエー',
			also: ['中間 CA'],
			definition:
				'ルート CA や上位の CA に証明書を署名してもらい、その下でエンドエンティティ証明書を発行する CA で、ルート CA を日常の発行から切り離すために使います。',
			avoid: [],
		},
		en: {
			term: 'subordinate CA',
			also: ['subordinate CAs', 'intermediate CA'],
			definition:
				'A CA whose certificate is signed by the root CA or a higher CA and that issues end-entity certificates, keeping the root CA out of everyday issuance.',
		},
		pages: ['private-ca'],
	},
	{
		id: 'mtls',
		group: 'data',
		ja: {
			term: '相互 TLS',
			reading: 'そうごティーエルエス',
			also: ['mTLS'],
			definition:
				'サーバーだけでなくクライアントも X.509 証明書を提示して、双方が相手を認証する TLS の使い方で、API Gateway や IoT、企業間のシステム連携でよく求められます。',
			avoid: [],
		},
		en: {
			term: 'mTLS',
			also: ['mutual TLS'],
			definition:
				'Mutual TLS: TLS in which the client also presents an X.509 certificate so both sides authenticate each other, common for API Gateway, IoT and business-to-business systems.',
		},
		pages: ['private-ca', 'certificate-manager'],
	},
	{
		id: 'crl',
		group: 'data',
		ja: {
			term: 'CRL',
			reading: 'シーアールエル',
			also: ['証明書失効リスト'],
			definition:
				'CA が失効させた証明書の一覧で、AWS Private CA は失効からおよそ 30 分で更新した CRL を利用者の S3 バケットに出力します。',
			avoid: [],
		},
		en: {
			term: 'CRL',
			also: ['certificate revocation list', 'CRLs'],
			definition:
				'A certificate revocation list: the list of certificates a CA has revoked; AWS Private CA writes an updated CRL to your S3 bucket about 30 minutes after a revocation.',
		},
		pages: ['private-ca'],
	},
	{
		id: 'ocsp',
		group: 'data',
		ja: {
			term: 'OCSP',
			reading: 'オーシーエスピー',
			also: [],
			definition:
				'クライアントが証明書 1 枚ごとに失効しているかどうかをレスポンダーに問い合わせるプロトコルで、AWS Private CA はマネージドな OCSP レスポンダーを提供します。',
			avoid: [],
		},
		en: {
			term: 'OCSP',
			also: [],
			definition:
				'The Online Certificate Status Protocol, through which a client asks a responder whether one certificate has been revoked; AWS Private CA offers a managed OCSP responder.',
		},
		pages: ['private-ca'],
	},
	{
		id: 'short-lived-certificate',
		group: 'data',
		ja: {
			term: '有効期間の短い証明書',
			reading: 'ゆうこうきかんのみじかいしょうめいしょ',
			also: ['短期証明書'],
			definition:
				'すぐに期限切れになるため失効の仕組みなしで運用できる証明書で、AWS Private CA の短期証明書モードの CA は有効期間が最長 7 日の証明書だけを発行します。',
			avoid: [],
		},
		en: {
			term: 'short-lived certificate',
			also: ['short-lived certificates'],
			definition:
				'A certificate that expires so quickly that it can run without revocation; an AWS Private CA in short-lived certificate mode issues only certificates valid for at most 7 days.',
		},
		pages: ['private-ca'],
	},
	{
		id: 'trail',
		group: 'detection',
		ja: {
			term: '証跡',
			reading: 'しょうせき',
			also: ['CloudTrail の証跡'],
			definition:
				'CloudTrail のイベントをログファイルとして S3 バケットに継続的に配信する設定で、90 日を超える保存やデータイベントの記録に使います。',
			avoid: [],
		},
		en: {
			term: 'trail',
			also: ['CloudTrail trail', 'trails'],
			definition:
				'A CloudTrail configuration that continuously delivers events as log files to an S3 bucket, used to keep events beyond 90 days and to record data events.',
		},
		pages: ['cloudtrail'],
	},
	{
		id: 'organization-trail',
		group: 'detection',
		ja: {
			term: '組織の証跡',
			reading: 'そしきのしょうせき',
			also: [],
			definition:
				'管理アカウントまたは委任管理者が作成し、AWS Organizations の組織のすべてのアカウントのイベントを記録する証跡で、メンバーアカウントからは変更も削除もできません。',
			avoid: [],
		},
		en: {
			term: 'organization trail',
			also: ['organization trails'],
			definition:
				'A trail created by the management account or a delegated administrator that logs events for every account in an AWS Organizations organization; member accounts can neither change nor delete it.',
		},
		pages: ['cloudtrail'],
	},
	{
		id: 'management-event',
		group: 'detection',
		ja: {
			term: '管理イベント',
			reading: 'かんりイベント',
			also: [],
			definition:
				'リソースの作成・変更・削除やサインインなど、AWS アカウントの管理操作（コントロールプレーンの操作）を記録した CloudTrail のイベントで、既定で記録されます。',
			avoid: [],
		},
		en: {
			term: 'management event',
			also: ['management events'],
			definition:
				'A CloudTrail event recording a management (control plane) operation such as creating, changing or deleting a resource, or a sign-in; logged by default.',
		},
		pages: ['cloudtrail'],
	},
	{
		id: 'data-event',
		group: 'detection',
		ja: {
			term: 'データイベント',
			also: [],
			definition:
				'S3 のオブジェクトの読み書きや Lambda 関数の実行など、リソースの中身に対する操作（データプレーンの操作）を記録した CloudTrail のイベントで、既定では記録されず有料です。',
			avoid: [],
		},
		en: {
			term: 'data event',
			also: ['data events'],
			definition:
				'A CloudTrail event recording an operation on or in a resource (data plane), such as reading an S3 object or invoking a Lambda function; not logged by default and charged.',
		},
		pages: ['cloudtrail'],
	},
	{
		id: 'event-history',
		group: 'detection',
		ja: {
			term: 'イベント履歴',
			reading: 'イベントりれき',
			also: ['CloudTrail イベント履歴'],
			definition:
				'アカウントの作成時から自動で使える CloudTrail の機能で、リージョンごとに直近 90 日間の管理イベントを無料で表示・検索・ダウンロードできます。',
			avoid: [],
		},
		en: {
			term: 'event history',
			also: ['CloudTrail event history'],
			definition:
				'The CloudTrail feature, available from account creation, that lets you view, search and download the last 90 days of management events in each Region at no charge.',
		},
		pages: ['cloudtrail'],
	},
	{
		id: 'event-data-store',
		group: 'detection',
		ja: {
			term: 'イベントデータストア',
			also: [],
			definition:
				'CloudTrail Lake でイベントを保存し SQL でクエリするための保管場所で、保持期間は最短 7 日から最長 3,653 日まで設定できます。',
			avoid: [],
		},
		en: {
			term: 'event data store',
			also: ['event data stores'],
			definition:
				'The store in CloudTrail Lake that holds events for SQL queries, with a retention period from 7 days up to 3,653 days.',
		},
		pages: ['cloudtrail'],
	},
	{
		id: 'log-file-integrity-validation',
		group: 'detection',
		ja: {
			term: 'ログファイルの整合性検証',
			reading: 'ログファイルのせいごうせいけんしょう',
			also: ['ダイジェストファイル'],
			definition:
				'CloudTrail が 1 時間ごとにハッシュ値と署名を入れたダイジェストファイルを配信し、ログファイルが配信後に変更・削除されていないかを検証できるようにする機能です。',
			avoid: [],
		},
		en: {
			term: 'log file integrity validation',
			also: ['digest file', 'digest files'],
			definition:
				'A CloudTrail feature that delivers hourly digest files with hashes and signatures so you can verify that log files were not modified or deleted after delivery.',
		},
		pages: ['cloudtrail'],
	},
	{
		id: 'configuration-item',
		group: 'operations',
		ja: {
			term: '設定項目',
			reading: 'せっていこうもく',
			also: ['CI'],
			definition:
				'ある時点の AWS リソースの設定（メタデータ、属性、ほかのリソースとの関係）を表す AWS Config の記録で、時系列に並べたものが設定履歴になります。',
			avoid: [],
		},
		en: {
			term: 'configuration item',
			also: ['configuration items', 'CI'],
			definition:
				'An AWS Config record of a resource’s configuration at a point in time (metadata, attributes, relationships); in time order, they form its configuration history.',
		},
		pages: ['config'],
	},
	{
		id: 'configuration-recorder',
		group: 'operations',
		ja: {
			term: '設定レコーダー',
			reading: 'せっていレコーダー',
			also: [],
			definition:
				'対象のリソースタイプの設定の変化を検出して設定項目として記録する AWS Config の仕組みで、カスタマー管理のものはアカウントとリージョンごとに 1 つだけ作れます。',
			avoid: [],
		},
		en: {
			term: 'configuration recorder',
			also: [],
			definition:
				'The AWS Config component that detects configuration changes of the resource types in scope and records them as configuration items; one customer managed recorder per account per Region.',
		},
		pages: ['config'],
	},
	{
		id: 'config-rule',
		group: 'compliance',
		ja: {
			term: 'AWS Config ルール',
			also: ['Config ルール'],
			definition:
				'リソースのあるべき設定を表し、AWS Config がリソースを評価して準拠・非準拠を判定するためのルールで、マネージドルールとカスタムルールがあります。',
			avoid: [],
		},
		en: {
			term: 'AWS Config rule',
			also: ['Config rule', 'Config rules'],
			definition:
				'A rule expressing the configuration a resource should have, against which AWS Config marks resources compliant or noncompliant; managed or custom.',
		},
		pages: ['config'],
	},
	{
		id: 'conformance-pack',
		group: 'compliance',
		ja: {
			term: '適合パック',
			reading: 'てきごうパック',
			also: [],
			definition:
				'複数の AWS Config ルールと修復アクションを YAML テンプレートでまとめ、アカウントとリージョン、または組織全体に 1 つの単位として展開する仕組みです。',
			avoid: [],
		},
		en: {
			term: 'conformance pack',
			also: ['conformance packs'],
			definition:
				'A collection of AWS Config rules and remediation actions, defined in a YAML template and deployed as one unit to an account and Region or across an organization.',
		},
		pages: ['config'],
	},
	{
		id: 'config-aggregator',
		group: 'operations',
		ja: {
			term: 'アグリゲーター',
			also: ['AWS Config アグリゲーター'],
			definition:
				'複数のアカウントとリージョンの AWS Config の設定データと準拠状況を 1 つのアカウントに集めて表示する AWS Config のリソースで、ルールの展開は行いません。',
			avoid: [],
		},
		en: {
			term: 'aggregator',
			also: ['AWS Config aggregator', 'configuration aggregator'],
			definition:
				'An AWS Config resource that collects configuration and compliance data from multiple accounts and Regions into one account; it does not deploy rules.',
		},
		pages: ['config'],
	},
	{
		id: 'flow-log-record',
		group: 'network',
		ja: {
			term: 'フローログレコード',
			also: [],
			definition:
				'集約間隔の間にネットワークインターフェイスで発生した 1 つのフローの送信元・送信先、ポート、プロトコル、バイト数、ACCEPT または REJECT などを並べた VPC フローログの 1 行です。',
			avoid: [],
		},
		en: {
			term: 'flow log record',
			also: ['flow log records'],
			definition:
				'One line of VPC Flow Logs describing a flow on a network interface during an aggregation interval: source, destination, ports, protocol, bytes, ACCEPT or REJECT and more.',
		},
		pages: ['vpc-flow-logs'],
	},
	{
		id: 'aggregation-interval',
		group: 'network',
		ja: {
			term: '集約間隔',
			reading: 'しゅうやくかんかく',
			also: ['キャプチャウィンドウ'],
			definition:
				'VPC フローログが通信を 1 つのレコードにまとめる時間の幅で、最大集約間隔は 600 秒（既定）か 60 秒から選びます。',
			avoid: [],
		},
		en: {
			term: 'aggregation interval',
			also: ['capture window'],
			definition:
				'The period over which VPC Flow Logs aggregates a flow into one record; the maximum is 600 seconds (default) or 60 seconds.',
		},
		pages: ['vpc-flow-logs'],
	},
	{
		id: 'traffic-mirroring',
		group: 'network',
		ja: {
			term: 'トラフィックミラーリング',
			also: ['VPC トラフィックミラーリング'],
			definition:
				'ネットワークインターフェイスのトラフィックをコピーし、ペイロードを含むパケットを監視用のアプライアンスに送る Amazon VPC の機能です。',
			avoid: [],
		},
		en: {
			term: 'Traffic Mirroring',
			also: ['VPC Traffic Mirroring'],
			definition:
				'An Amazon VPC feature that copies the traffic of a network interface, payload included, and sends it to monitoring appliances.',
		},
		pages: ['vpc-flow-logs'],
	},
	{
		id: 'ocsf',
		group: 'detection',
		ja: {
			term: 'OCSF',
			reading: 'オーシーエスエフ',
			also: ['Open Cybersecurity Schema Framework'],
			definition:
				'AWS とセキュリティ業界のパートナーが共同で開発しているセキュリティイベントのオープンな標準スキーマで、Amazon Security Lake はログをこの形式に正規化します。',
			avoid: [],
		},
		en: {
			term: 'OCSF',
			also: ['Open Cybersecurity Schema Framework'],
			definition:
				'An open standard schema for security events, developed by AWS and industry partners; Amazon Security Lake normalizes logs to it.',
		},
		pages: ['security-lake'],
	},
	{
		id: 'rollup-region',
		group: 'detection',
		ja: {
			term: 'ロールアップリージョン',
			also: [],
			definition:
				'Amazon Security Lake で、1 つ以上の寄与リージョンのデータを S3 のレプリケーションでまとめて保存するリージョンです。',
			avoid: [],
		},
		en: {
			term: 'rollup Region',
			also: ['rollup Regions'],
			definition:
				'In Amazon Security Lake, a Region that consolidates data replicated from one or more contributing Regions.',
		},
		pages: ['security-lake'],
	},
	{
		id: 'security-lake-subscriber',
		group: 'detection',
		ja: {
			term: 'サブスクライバー',
			also: ['Security Lake のサブスクライバー'],
			definition:
				'Amazon Security Lake のデータを使う側のアカウントやツールで、S3 のオブジェクトを読むデータアクセスか、Lake Formation のテーブルを Athena などでクエリするクエリアクセスを与えます。',
			avoid: [],
		},
		en: {
			term: 'subscriber',
			also: ['Security Lake subscriber'],
			definition:
				'An account or tool that consumes Amazon Security Lake data, with data access (reading S3 objects) or query access (querying Lake Formation tables from services such as Athena).',
		},
		pages: ['security-lake'],
	},
	{
		id: 'custom-source',
		group: 'detection',
		ja: {
			term: 'カスタムソース',
			also: [],
			definition:
				'AWS 以外のツールやオンプレミスのログを Amazon Security Lake に書き込むためのソースで、データは OCSF スキーマと Apache Parquet 形式に沿っている必要があります。',
			avoid: [],
		},
		en: {
			term: 'custom source',
			also: ['custom sources'],
			definition:
				'A source that writes logs from non-AWS tools or on-premises systems into Amazon Security Lake; its data must follow the OCSF schema and Apache Parquet format.',
		},
		pages: ['security-lake'],
	},
	{
		id: 'domain-list',
		group: 'network',
		ja: {
			term: 'ドメインリスト',
			also: ['マネージドドメインリスト'],
			definition:
				'DNS Firewall のルールで使う、再利用可能なドメインの一覧で、AWS が管理するマネージドドメインリストと利用者が作る独自のリストがあります。',
			avoid: [],
		},
		en: {
			term: 'domain list',
			also: ['domain lists', 'managed domain list'],
			definition:
				'A reusable set of domains used in DNS Firewall rules, either managed by AWS (managed domain lists) or created by you.',
		},
		pages: ['dns-firewall', 'network-firewall'],
	},
	{
		id: 'dns-tunneling',
		group: 'threats',
		ja: {
			term: 'DNS トンネリング',
			reading: 'ディーエヌエストンネリング',
			also: [],
			definition:
				'DNS クエリや応答にデータを埋め込み、通常の名前解決に見せかけて外部とやり取りする手口で、データの持ち出しや C&C 通信に使われます。',
			avoid: [],
		},
		en: {
			term: 'DNS tunneling',
			also: ['DNS exfiltration'],
			definition:
				'Hiding data inside DNS queries and responses so that it looks like ordinary name resolution, used to exfiltrate data or talk to command-and-control servers.',
		},
		pages: ['dns-firewall', 'guardduty'],
	},
	{
		id: 'dga',
		group: 'threats',
		ja: {
			term: 'DGA',
			reading: 'ディージーエー',
			also: ['ドメイン生成アルゴリズム'],
			definition:
				'マルウェアが C&C サーバーを探すために大量のドメイン名を自動生成する仕組み（ドメイン生成アルゴリズム）で、ブロックリストでは追いつきにくい脅威です。',
			avoid: [],
		},
		en: {
			term: 'DGA',
			also: ['domain generation algorithm'],
			definition:
				'A domain generation algorithm: malware generates large numbers of domain names to find its command-and-control server, which block lists struggle to keep up with.',
		},
		pages: ['dns-firewall'],
	},
	{
		id: 'fail-open',
		group: 'network',
		ja: {
			term: 'フェイルオープン',
			also: ['フェイルクローズ'],
			definition:
				'検査する仕組みが障害で応答しないときに通信を通す動作のことで、反対に止める動作をフェイルクローズと呼びます。',
			avoid: [],
		},
		en: {
			term: 'fail open',
			also: ['fail closed'],
			definition:
				'Letting traffic through when the inspecting component cannot respond; the opposite, blocking it, is called failing closed.',
		},
		pages: ['dns-firewall'],
	},
	{
		id: 'privatelink',
		group: 'network',
		ja: {
			term: 'AWS PrivateLink',
			reading: 'プライベートリンク',
			also: ['PrivateLink'],
			definition:
				'VPC 内のネットワークインターフェイスを入口にして、AWS のサービスや他の VPC のサービスにインターネットを通さずプライベートに接続する技術です。',
			avoid: [],
		},
		en: {
			term: 'AWS PrivateLink',
			also: ['PrivateLink'],
			definition:
				'The technology that connects a VPC privately, through network interfaces inside it, to AWS services and services in other VPCs without crossing the internet.',
		},
		pages: ['vpc-endpoints'],
	},
	{
		id: 'gateway-endpoint',
		group: 'network',
		ja: {
			term: 'ゲートウェイエンドポイント',
			also: ['ゲートウェイ型エンドポイント'],
			definition:
				'ルートテーブルにルートを追加して S3 と DynamoDB への通信を AWS のネットワーク経由にする VPC エンドポイントで、追加料金はかかりません。',
			avoid: [],
		},
		en: {
			term: 'gateway endpoint',
			also: ['gateway endpoints', 'gateway VPC endpoint'],
			definition:
				'A VPC endpoint that adds a route to route tables so traffic to S3 and DynamoDB stays on the AWS network, at no additional charge.',
		},
		pages: ['vpc-endpoints'],
	},
	{
		id: 'interface-endpoint',
		group: 'network',
		ja: {
			term: 'インターフェイスエンドポイント',
			also: ['インターフェイス VPC エンドポイント'],
			definition:
				'サブネットに作られるネットワークインターフェイスをプライベート IP アドレスの入口にする VPC エンドポイントで、AWS PrivateLink を使います。',
			avoid: ['インターフェースエンドポイント'],
		},
		en: {
			term: 'interface endpoint',
			also: ['interface endpoints', 'interface VPC endpoint'],
			definition:
				'A VPC endpoint, powered by AWS PrivateLink, whose network interfaces in your subnets act as a private IP entry point to a service.',
		},
		pages: ['vpc-endpoints'],
	},
	{
		id: 'endpoint-policy',
		group: 'accounts',
		ja: {
			term: 'エンドポイントポリシー',
			also: ['VPC エンドポイントポリシー'],
			definition:
				'VPC エンドポイントに付けるリソースベースのポリシーで、そのエンドポイントを通して使える操作の上限を決めますが、アクセス許可を与えることはありません。',
			avoid: [],
		},
		en: {
			term: 'endpoint policy',
			also: ['endpoint policies', 'VPC endpoint policy'],
			definition:
				'A resource-based policy attached to a VPC endpoint that caps what can be done through it; it never grants permissions on its own.',
		},
		pages: ['vpc-endpoints'],
	},
	{
		id: 'endpoint-service',
		group: 'network',
		ja: {
			term: 'エンドポイントサービス',
			also: ['VPC エンドポイントサービス'],
			definition:
				'Network Load Balancer または Gateway Load Balancer の背後にある自分のサービスを、AWS PrivateLink で他の VPC やアカウントに公開する仕組みです。',
			avoid: [],
		},
		en: {
			term: 'endpoint service',
			also: ['endpoint services', 'VPC endpoint service'],
			definition:
				'Your own service, behind a Network Load Balancer or Gateway Load Balancer, published to other VPCs and accounts through AWS PrivateLink.',
		},
		pages: ['vpc-endpoints'],
	},
	{
		id: 'zero-trust',
		group: 'accounts',
		ja: {
			term: 'ゼロトラスト',
			also: ['ゼロトラストアクセス', 'ZTNA'],
			definition:
				'ネットワークの内側にいることを信頼の根拠にせず、ユーザーやデバイスの状態をアクセスのたびに検証してから許可する考え方です。',
			avoid: [],
		},
		en: {
			term: 'zero trust',
			also: ['zero-trust', 'ZTNA'],
			definition:
				'The principle of never trusting a request just because it comes from inside the network, and verifying the user and device on every access instead.',
		},
		pages: ['verified-access'],
	},
	{
		id: 'trust-provider',
		group: 'accounts',
		ja: {
			term: '信頼プロバイダー',
			reading: 'しんらいプロバイダー',
			also: ['トラストプロバイダー'],
			definition:
				'AWS Verified Access にユーザーの ID 情報やデバイスの状態（信頼データ）を送るサービスで、IAM Identity Center や OIDC の ID プロバイダー、Jamf などがあります。',
			avoid: [],
		},
		en: {
			term: 'trust provider',
			also: ['trust providers'],
			definition:
				'A service that sends user identity or device posture (trust data) to AWS Verified Access, such as IAM Identity Center, an OIDC identity provider or Jamf.',
		},
		pages: ['verified-access'],
	},
	{
		id: 'cedar',
		group: 'accounts',
		ja: {
			term: 'Cedar',
			reading: 'シーダー',
			also: [],
			definition:
				'AWS が開発したポリシー言語で、permit と forbid の文と条件でアクセスを記述し、AWS Verified Access のアクセスポリシーなどに使われます。',
			avoid: [],
		},
		en: {
			term: 'Cedar',
			also: [],
			definition:
				'A policy language from AWS that expresses access with permit and forbid statements and conditions, used for AWS Verified Access policies among others.',
		},
		pages: ['verified-access'],
	},
	{
		id: 'cirt',
		group: 'detection',
		ja: {
			term: 'AWS CIRT',
			reading: 'シーアイアールティー',
			also: ['CIRT', 'AWS Customer Incident Response Team'],
			definition:
				'利用者側で起きているセキュリティイベントへの対応を 24 時間 365 日支援する AWS のインシデント対応チームで、AWS Security Incident Response や AWS サポートのケースから支援を求められます。',
			avoid: [],
		},
		en: {
			term: 'AWS CIRT',
			also: ['CIRT', 'AWS Customer Incident Response Team'],
			definition:
				"AWS's 24/7 incident response team that helps customers during active security events on their side of the shared responsibility model, engaged through AWS Security Incident Response or an AWS Support case.",
		},
		pages: ['security-incident-response'],
	},
	{
		id: 'triage',
		group: 'detection',
		ja: {
			term: 'トリアージ',
			also: [],
			definition:
				'大量の検出結果やアラートを調べ、誤検知やノイズを除いて、対応が必要なものに優先度を付けて振り分ける作業です。',
			avoid: [],
		},
		en: {
			term: 'triage',
			also: [],
			definition:
				'Sorting through large numbers of findings or alerts, discarding false positives and noise, and prioritizing the ones that need a response.',
		},
		pages: ['security-incident-response', 'security-hub'],
	},
	{
		id: 'containment',
		group: 'detection',
		ja: {
			term: '封じ込め',
			reading: 'ふうじこめ',
			also: [],
			definition:
				'インシデントの被害が広がらないよう、侵害されたインスタンスや認証情報を、調査に必要な状態を残したままネットワークや権限から切り離すことです。',
			avoid: [],
		},
		en: {
			term: 'containment',
			also: [],
			definition:
				'Cutting a compromised instance or credential off from the network or its permissions, while preserving what investigators need, so an incident cannot spread.',
		},
		pages: ['security-incident-response'],
	},
	{
		id: 'secret-rotation',
		group: 'data',
		ja: {
			term: 'シークレットのローテーション',
			also: ['ローテーション', '自動ローテーション'],
			definition:
				'シークレットの値と、データベースなど接続先の認証情報を両方そろえて定期的に新しいものへ入れ替えることで、Secrets Manager ではサービスによるマネージドローテーションか Lambda 関数で行います。',
			avoid: [],
		},
		en: {
			term: 'secret rotation',
			also: ['rotation', 'automatic rotation'],
			definition:
				'Periodically replacing both a secret value and the matching credentials in the database or other target, which Secrets Manager does through managed rotation by the owning service or through a Lambda rotation function.',
		},
		pages: ['secrets-manager', 'systems-manager'],
	},
	{
		id: 'staging-label',
		group: 'data',
		ja: {
			term: 'ステージングラベル',
			also: ['AWSCURRENT', 'AWSPENDING', 'AWSPREVIOUS'],
			definition:
				'Secrets Manager がシークレットのバージョンに付けるラベルで、`AWSCURRENT` が現在の値、`AWSPENDING` がローテーション中の新しい値、`AWSPREVIOUS` が直前の値を示します。',
			avoid: ['ステージングレーベル'],
		},
		en: {
			term: 'staging label',
			also: ['AWSCURRENT', 'AWSPENDING', 'AWSPREVIOUS'],
			definition:
				'A label Secrets Manager attaches to a secret version: `AWSCURRENT` marks the current value, `AWSPENDING` the new value during rotation and `AWSPREVIOUS` the value before the last change.',
		},
		pages: ['secrets-manager'],
	},
	{
		id: 'recovery-window',
		group: 'data',
		ja: {
			term: '復旧期間',
			reading: 'ふっきゅうきかん',
			also: ['削除の待機期間'],
			definition:
				'削除した Secrets Manager のシークレットを元に戻せる期間で、7〜30 日（既定 30 日）の間はアクセスできないだけで復元でき、期間が終わると完全に削除されます。',
			avoid: [],
		},
		en: {
			term: 'recovery window',
			also: ['RecoveryWindowInDays'],
			definition:
				'The 7–30 days (30 by default) during which a deleted Secrets Manager secret is inaccessible but can still be restored, before it is deleted permanently.',
		},
		pages: ['secrets-manager'],
	},
	{
		id: 'managed-rotation',
		group: 'data',
		ja: {
			term: 'マネージドローテーション',
			also: ['マネージドシークレット'],
			definition:
				'Amazon RDS や Aurora、Redshift、DocumentDB などのサービスが自分で作成したシークレットのローテーションを代わりに行う方式で、Lambda 関数を用意する必要がありません。',
			avoid: [],
		},
		en: {
			term: 'managed rotation',
			also: ['managed secret'],
			definition:
				'Rotation that a service such as Amazon RDS, Aurora, Redshift or DocumentDB performs for the secrets it creates and manages, with no Lambda function for you to write.',
		},
		pages: ['secrets-manager'],
	},
	{
		id: 'alternating-users',
		group: 'data',
		ja: {
			term: '交代ユーザー',
			reading: 'こうたいユーザー',
			also: ['交代ユーザー戦略', 'シングルユーザー'],
			definition:
				'1 つのシークレットで 2 人のデータベースユーザーの認証情報を交互に更新するローテーション戦略で、ローテーション中も有効な認証情報が必ず残るため高い可用性が必要なアプリケーションに向きます。',
			avoid: [],
		},
		en: {
			term: 'alternating users',
			also: ['alternating users strategy', 'single user strategy'],
			definition:
				'A rotation strategy that updates the credentials of two database users in one secret in turn, so a valid set of credentials always exists during rotation, which suits applications that need high availability.',
		},
		pages: ['secrets-manager'],
	},
	{
		id: 'block-public-access',
		group: 'data',
		ja: {
			term: 'S3 ブロックパブリックアクセス',
			also: ['ブロックパブリックアクセス', 'パブリックアクセスブロック', 'BPA'],
			definition:
				'バケットポリシーや ACL の内容にかかわらず S3 のパブリックアクセスを止める 4 つの設定で、アクセスポイント、バケット、アカウント、組織の各レベルで有効にでき、新しいバケットでは既定で有効です。',
			avoid: ['ブロック・パブリック・アクセス'],
		},
		en: {
			term: 'S3 Block Public Access',
			also: ['Block Public Access', 'Public Access Block', 'BPA'],
			definition:
				'Four settings that stop public access to S3 regardless of bucket policies or ACLs, available at the access point, bucket, account and organization levels and enabled by default on new buckets.',
		},
		pages: ['s3-protection'],
	},
	{
		id: 'bucket-policy',
		group: 'data',
		ja: {
			term: 'バケットポリシー',
			also: [],
			definition:
				'S3 バケットに付ける JSON のリソースベースのポリシーで、どのプリンシパルにどの操作をどんな条件で許可または拒否するかを定めます。',
			avoid: [],
		},
		en: {
			term: 'bucket policy',
			also: ['S3 bucket policy'],
			definition:
				'A JSON resource-based policy attached to an S3 bucket that allows or denies actions to principals under the conditions it states.',
		},
		pages: ['s3-protection'],
	},
	{
		id: 'object-ownership',
		group: 'data',
		ja: {
			term: 'S3 オブジェクト所有者',
			reading: 'エススリーオブジェクトしょゆうしゃ',
			also: ['オブジェクト所有者', 'バケット所有者の強制'],
			definition:
				'アップロードされたオブジェクトの所有者と ACL を使うかどうかを決めるバケットの設定で、既定の「バケット所有者の強制」では ACL が無効になり、すべてのオブジェクトをバケット所有者が所有します。',
			avoid: [],
		},
		en: {
			term: 'S3 Object Ownership',
			also: ['Object Ownership', 'bucket owner enforced'],
			definition:
				'A bucket setting that decides who owns uploaded objects and whether ACLs are used; with the default, bucket owner enforced, ACLs are disabled and the bucket owner owns every object.',
		},
		pages: ['s3-protection'],
	},
	{
		id: 'object-lock',
		group: 'data',
		ja: {
			term: 'S3 オブジェクトロック',
			also: [
				'オブジェクトロック',
				'ガバナンスモード',
				'コンプライアンスモード',
				'リーガルホールド',
			],
			definition:
				'S3 のオブジェクトのバージョンを保持期間やリーガルホールドによって削除・上書きできなくする機能で、ガバナンスモードは特別な権限で解除でき、コンプライアンスモードは誰も解除できません。',
			avoid: [],
		},
		en: {
			term: 'S3 Object Lock',
			also: ['Object Lock', 'governance mode', 'compliance mode', 'legal hold'],
			definition:
				'An S3 feature that keeps object versions from being deleted or overwritten under a retention period or a legal hold; governance mode can be lifted with a special permission, compliance mode by no one.',
		},
		pages: ['s3-protection'],
	},
	{
		id: 'worm',
		group: 'compliance',
		ja: {
			term: 'WORM',
			reading: 'ワーム',
			also: ['Write Once Read Many', '追記型ストレージ'],
			definition:
				'一度書き込んだデータを読み出せても変更や削除はできない保存方式（Write Once Read Many）で、S3 ではオブジェクトロックがこのモデルでデータを保存します。',
			avoid: [],
		},
		en: {
			term: 'WORM',
			also: ['write once read many', 'write-once-read-many'],
			definition:
				'Write once, read many: a storage model in which data can be read but not changed or deleted once written, which S3 Object Lock implements.',
		},
		pages: ['s3-protection'],
	},
	{
		id: 'presigned-url',
		group: 'data',
		ja: {
			term: '署名付き URL',
			reading: 'しょめいつきユーアールエル',
			also: ['プリサインド URL', 'presigned URL'],
			definition:
				'作成したプリンシパルの認証情報で署名され、その権限で特定の S3 オブジェクトへの期限付きのダウンロードやアップロードを許す URL で、署名バージョン 4 では最長 7 日間有効です。',
			avoid: [],
		},
		en: {
			term: 'presigned URL',
			also: ['pre-signed URL', 'signed URL'],
			definition:
				"A URL signed with the credentials of the principal who created it that allows time-limited download or upload of a specific S3 object with that principal's permissions, valid for up to 7 days with Signature Version 4.",
		},
		pages: ['s3-protection'],
	},
	{
		id: 'mfa-delete',
		group: 'data',
		ja: {
			term: 'MFA 削除',
			reading: 'エムエフエーさくじょ',
			also: ['MFA Delete'],
			definition:
				'バージョニングの設定変更とオブジェクトのバージョンの完全な削除に MFA デバイスによる認証を求める S3 バケットの設定で、バケット所有者のルートユーザーだけが有効にできます。',
			avoid: [],
		},
		en: {
			term: 'MFA delete',
			also: ['MFA Delete'],
			definition:
				"An S3 bucket setting that requires authentication with an MFA device to change the versioning state or permanently delete an object version; only the bucket owner's root user can enable it.",
		},
		pages: ['s3-protection'],
	},
	{
		id: 'managed-node',
		group: 'operations',
		ja: {
			term: 'マネージドノード',
			also: ['マネージドインスタンス'],
			definition:
				'SSM Agent が動き、Systems Manager で管理できるように設定された EC2 インスタンス、オンプレミスのサーバー、仮想マシンなどのマシンです。',
			avoid: [],
		},
		en: {
			term: 'managed node',
			also: ['managed instance'],
			definition:
				'An EC2 instance, on-premises server, virtual machine or other machine that runs SSM Agent and is configured to be managed by Systems Manager.',
		},
		pages: ['systems-manager'],
	},
	{
		id: 'session-manager',
		group: 'operations',
		ja: {
			term: 'Session Manager',
			reading: 'セッションマネージャー',
			also: ['セッションマネージャー'],
			definition:
				'SSM Agent 経由でノードのシェルに接続する Systems Manager のツールで、インバウンドのポート、踏み台サーバー、SSH キーが不要になり、セッションのログを S3 や CloudWatch Logs に残せます。',
			avoid: ['セッションマネージャ'],
		},
		en: {
			term: 'Session Manager',
			also: ['SSM Session Manager'],
			definition:
				'A Systems Manager tool that opens a shell on a node through SSM Agent, with no inbound ports, bastion hosts or SSH keys, and can log sessions to S3 or CloudWatch Logs.',
		},
		pages: ['systems-manager'],
	},
	{
		id: 'just-in-time-node-access',
		group: 'accounts',
		ja: {
			term: 'ジャストインタイムノードアクセス',
			also: ['JIT ノードアクセス'],
			definition:
				'ノードへのリモート接続を、承認ポリシーに基づくリクエストと承認を経た期間限定のものにする Systems Manager の機能で、常時のアクセス権限をなくすために使います。',
			avoid: [],
		},
		en: {
			term: 'just-in-time node access',
			also: ['JIT node access'],
			definition:
				'A Systems Manager feature that makes remote connections to nodes time-limited and subject to a request and approval under approval policies, removing standing access.',
		},
		pages: ['systems-manager'],
	},
	{
		id: 'patch-baseline',
		group: 'operations',
		ja: {
			term: 'パッチベースライン',
			also: ['パッチポリシー', 'パッチグループ'],
			definition:
				'Patch Manager でどのパッチを承認し、どれを拒否するかを定めるルールで、AWS が用意した定義済みのものと自分で作るカスタムのものがあります。',
			avoid: ['パッチ・ベースライン'],
		},
		en: {
			term: 'patch baseline',
			also: ['patch policy', 'patch group'],
			definition:
				'The rules in Patch Manager that decide which patches are approved and which are rejected, either predefined by AWS or custom.',
		},
		pages: ['systems-manager'],
	},
	{
		id: 'securestring',
		group: 'data',
		ja: {
			term: 'SecureString',
			reading: 'セキュアストリング',
			also: ['SecureString パラメーター'],
			definition:
				'Parameter Store で値を KMS キーで暗号化して保管するパラメーターのタイプで、AWS マネージドキー `aws/ssm` はアカウント内のすべての IAM プリンシパルに復号を許可します。',
			avoid: [],
		},
		en: {
			term: 'SecureString',
			also: ['SecureString parameter'],
			definition:
				'The Parameter Store parameter type whose value is encrypted with a KMS key; the AWS managed key `aws/ssm` allows decryption to every IAM principal in the account.',
		},
		pages: ['systems-manager', 'secrets-manager'],
	},
	{
		id: 'advanced-parameter',
		group: 'data',
		ja: {
			term: '高度なパラメーター',
			reading: 'こうどなパラメーター',
			also: ['標準パラメーター', 'パラメーターポリシー'],
			definition:
				'値を 8 KB まで保管でき、パラメーターポリシーや他のアカウントとの共有が使える有料の Parameter Store の階層で、標準パラメーター（4 KB、追加料金なし）に戻すことはできません。',
			avoid: ['アドバンストパラメータ'],
		},
		en: {
			term: 'advanced parameter',
			also: ['standard parameter', 'parameter policy'],
			definition:
				"The paid Parameter Store tier that holds values up to 8 KB and supports parameter policies and sharing with other accounts; it can't be reverted to a standard parameter (4 KB, no additional charge).",
		},
		pages: ['systems-manager', 'secrets-manager'],
	},
];
