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
				'VPC (Virtual Private Cloud) は、AWS 上に作る論理的に分離された仮想ネットワークで、IP アドレス範囲、サブネット、ルートテーブルなどを自分で設定します。',
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
				'AWS WAF の設定の中心となるルールとルールグループの集合で、CloudFront や ALB などのリソースに関連付け、届いた HTTP(S) リクエストを許可するかブロックするかを決めます。',
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
				'DDoS (Distributed Denial of Service、分散型サービス拒否) 攻撃は、多数の送信元から大量の通信やリクエストを送りつけて、サービスを使えない状態にする攻撃です。',
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
		id: 'ids',
		group: 'threats',
		ja: {
			term: 'IDS',
			reading: 'アイディーエス',
			also: ['侵入検知システム'],
			definition:
				'IDS (Intrusion Detection System、侵入検知システム) は、ネットワークやサーバーへの不正なアクセスを検知して管理者に通知する仕組みで、通信そのものは止めません。',
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
				'IPS (Intrusion Prevention System、侵入防止システム) は、通信経路上 (インライン) に置かれ、不正と判断した通信をその場で遮断する仕組みです。',
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
		pages: ['guardduty'],
	},
	{
		id: 'threat-list',
		group: 'threats',
		ja: {
			term: '脅威リスト',
			reading: 'きょういリスト',
			also: ['脅威 IP リスト'],
			definition:
				'GuardDuty に登録する、危険だとわかっている IP アドレスの一覧で、これらのアドレスとの通信があると検出結果が生成されます。',
			avoid: [],
		},
		en: {
			term: 'threat list',
			also: ['threat lists'],
			definition:
				'A list of IP addresses known to be malicious that you add to GuardDuty, which then generates a finding whenever there is communication with them.',
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
				'GuardDuty に登録する、安全だとわかっている IP アドレスの一覧で、これらのアドレスとの通信については検出結果が生成されません。',
			avoid: [],
		},
		en: {
			term: 'trusted IP list',
			also: [],
			definition:
				'A list of IP addresses known to be safe that you add to GuardDuty, which then generates no findings for communication with them.',
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
				'CVE (Common Vulnerabilities and Exposures) は、公開された脆弱性に「CVE-年-連番」形式の共通の識別番号を付ける仕組みで、Amazon Inspector はパッケージに既知の CVE がないかをスキャンします。',
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
		pages: ['firewall-manager', 'guardduty', 'artifact'],
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
		pages: ['guardduty', 'firewall-manager', 'artifact'],
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
		pages: ['guardduty', 'inspector', 'security-hub', 'macie', 'devops-guru'],
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
		pages: ['guardduty', 'detective', 'inspector', 'macie'],
	},
	{
		id: 'invitation',
		group: 'accounts',
		ja: {
			term: '招待',
			reading: 'しょうたい',
			also: [],
			definition:
				'組織外のアカウントをメンバーにする方法で、管理者アカウントが招待を送り、相手のアカウントが承諾するとメンバーになります。',
			avoid: [],
		},
		en: {
			term: 'invitation',
			also: ['invitations'],
			definition:
				'The way to make an account outside your organization a member: the administrator account sends an invitation, and the account becomes a member once it accepts.',
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
				'委任管理者が組織のアカウントでサービスを自動的に有効にする設定で、GuardDuty では既存を含むすべてのアカウント (ALL)、新しいアカウントのみ (NEW)、なし (NONE) から選びます。',
			avoid: [],
		},
		en: {
			term: 'auto-enable',
			also: [],
			definition:
				'A delegated administrator setting that turns a service on automatically in the accounts of the organization; in GuardDuty you choose all accounts including existing ones (ALL), new accounts only (NEW) or none (NONE).',
		},
		pages: ['guardduty', 'inspector', 'macie'],
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
		pages: ['policy-generator'],
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
		pages: ['guardduty', 'security-hub', 'macie', 'inspector', 'detective'],
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
		pages: ['guardduty', 'detective'],
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
		pages: ['guardduty'],
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
		pages: ['audit-readiness', 'guardduty', 'detective'],
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
		pages: ['security-hub'],
	},
	{
		id: 'asff',
		group: 'detection',
		ja: {
			term: 'ASFF',
			reading: 'エーエスエフエフ',
			also: ['AWS Security Finding Format'],
			definition:
				'ASFF (AWS Security Finding Format) は、Security Hub CSPM が AWS の各サービスや他社製品の検出結果を 1 か所にまとめるために使う共通の JSON 形式です。',
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
				'CSPM (Cloud Security Posture Management、クラウドのセキュリティ体制管理) は、クラウドの設定をベストプラクティスに照らして継続的にチェックし、リスクのある設定を見つける取り組みを指し、従来の Security Hub は 2025 年に、この役割を表す AWS Security Hub CSPM という名前に改称されました。',
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
			term: '行動グラフ',
			reading: 'こうどうグラフ',
			also: [],
			definition:
				'Amazon Detective が取り込んだログや検出結果から作る、アカウント、IAM ユーザーやロール、IP アドレスなどのエンティティと、その間のやり取りをつないだデータ構造で、リージョンごとに作られます。',
			avoid: [],
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
				'SBOM (Software Bill of Materials、ソフトウェア部品表) は、ソフトウェアを構成するパッケージやライブラリとそのバージョンを列挙した一覧で、Amazon Inspector SBOM Generator で作成できます。',
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
				'PII (Personally Identifiable Information、個人を特定できる情報) は、氏名、住所、パスポート番号のように、単独で、または他の情報と組み合わせて個人を特定できる情報で、Macie が検出する機密データの 1 つです。',
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
		pages: ['macie'],
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
		pages: ['macie', 'inspector'],
	},
	{
		id: 'cis-benchmarks',
		group: 'compliance',
		ja: {
			term: 'CIS Benchmarks',
			reading: 'シーアイエスベンチマーク',
			also: [],
			definition:
				'非営利団体 Center for Internet Security (CIS) が専門家のコンセンサスに基づいて公開しているセキュリティ設定のベストプラクティス集で、Security Hub CSPM は AWS 向けの CIS AWS Foundations Benchmark に対応しています。',
			avoid: ['CIS ベンチマーク'],
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
				'PCI DSS (Payment Card Industry Data Security Standard) は、クレジットカードの会員データを扱う事業者が守るべきセキュリティ基準で、AWS はレベル 1 サービスプロバイダーとして評価を受けています。',
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
		pages: ['audit-readiness', 'soc-reports', 'artifact'],
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
		pages: ['inspector'],
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
		pages: ['security-hub', 'guardduty', 'inspector', 'macie'],
	},
];
