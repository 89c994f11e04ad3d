/** The site's words in Japanese (the English dictionary, en.ts, is typed by this one). */
import type { Status } from '../pipeline/types.ts';

/** The repair rules in Japanese (the README and the datapackage describe them in English). */
const RULES_JA: Record<string, string> = {
  'full-width-digits': '全角の数字',
  'percent-sign-stand-in': '「%」の読み誤り',
  'decimal-point-stand-in': '小数点の読み誤り',
  'letter-for-one': '「1」の読み誤り（i・l）',
  'one-for-decimal-point': '小数点が「1」と読まれたもの',
  'circled-digit': '丸数字',
  'missing-closing-parenthesis': '閉じ括弧の欠落',
  'closing-parenthesis-as-one': '閉じ括弧が「1」と読まれたもの',
  'kokuritsu-confusion': '「国立」の読み誤り',
  'one-character-edit': '1文字違いのラベル',
  'truncated-label': '末尾が崩れたラベル',
  correction: '確認済みの訂正',
  supplement: '外部出典からの補足',
};

export const ja = {
  site: {
    name: '厚労省配布資料データ（非公式）',
    /** Under the name in every page's header: who this is not. */
    independent: '厚生労働省の配布資料から作った独立したサイトです。厚生労働省のサイトではありません。',
    tagline: '厚生労働省の配布資料（OCR）から、推測せずに整備した統計データとグラフ',
    trust: '値はすべて、資料の何行目のどの文字列から読んだかをたどれます。OCRで読めない値は推測せず「欠損」とし、原文を残しています。',
    skip: '本文へ移動',
    nav: 'サイト',
    home: 'ホーム',
    languageSwitch: 'English',
    footer:
      '出典：厚生労働省の配布資料（政府標準利用規約 第2.0版に基づき利用、CC BY 4.0 互換）。整備したデータは CC BY 4.0、コードは MIT ライセンス。',
    footerNav: 'サイトの情報',
    about: 'このサイトについて',
    downloads: 'ダウンロード',
    changelog: 'データの版と変更履歴',
    repository: 'ソースコード',
    report: '誤りを報告',
    sentenceEnd: '。',
  },
  status: {
    label: { read: '読み取り', repaired: '修復', corrected: '訂正', sourced: '外部出典', missing: '欠損' } satisfies Record<Status, string>,
    help: {
      read: '資料に印刷されたとおり',
      repaired: 'OCRの誤りを規則で修復（読み方が一つに定まる場合のみ）',
      corrected: '確認済みの訂正（data/corrections）',
      sourced: '資料にない値を公開情報から引用（data/supplements）',
      missing: '資料から一つの値に読めない。原文を保持',
    } satisfies Record<Status, string>,
  },
  legend: { handout: '資料から読み取った値', sourced: '公開情報から引用した値（外部出典）' },
  value: {
    status: '状態',
    raw: '原文',
    rule: '規則',
    /** A repair rule (or several joined by +) by its name in the README. */
    ruleName: (rule: string) =>
      rule
        .split('+')
        .map((r) => RULES_JA[r] ?? r)
        .join('＋'),
    line: '行',
    sourceLine: '原文',
    /** Text as printed, quoted in the page's typography. */
    quoted: (text: string) => `「${text}」`,
    /** Where a sourced value comes from: publisher, title and date (either may be `unknown`). */
    quotedFrom: (publisher: string, title: string, published: string) =>
      `出典：${publisher}${title === 'unknown' ? '' : `「${title}」`}${published === 'unknown' ? '' : `（${published}）`}`,
    missing: '欠損',
    none: '—',
  },
  table: {
    line: '原文',
    lineLink: (line: number) => `${line}行`,
    mostlyMissing: (missing: number, values: number) => `${values}値のうち${missing}値は欠損のため、値のある行だけを示しています。`,
    noValues: (values: number) => `${values}値はすべて欠損です。`,
    full: (rows: number) => `表全体（${rows}行、欠損を含む）`,
  },
  home: {
    datasets: 'データセット',
    statuses: 'すべての値の状態',
    qualityLink: '表どうしの検算と、列を特定できなかった断片',
  },
  dataset: {
    breadcrumb: 'データセット',
    charts: 'グラフ',
    table: 'データ表',
    tableHelp:
      '最後の列から、その行を読んだ原文の行へ移動できます。複数の行から読んだ行は、各値がそれぞれの原文の行へリンクしています。外部出典の値は出典へリンクしています。「—」は欠損値。',
    labelsNote: '',
    notes: '資料に印刷された注記（OCRのまま）',
    notesIntro: '資料の表に付いていた注記です。OCRのテキストをそのまま示しており、崩れた文字もそのままです。',
    quality: 'データの品質',
    sources: '出典',
    sourceViewer: '原文',
    cite: '引用',
    downloads: 'ダウンロード',
    toTable: 'データ表へ',
    /** The data's version on every dataset page. */
    version: (version: string, date: string) => `データ版 ${version}（${date}更新）`,
  },
  quality: {
    title: 'データの品質',
    description: 'すべての値の状態、表どうしの検算、列を特定できなかった断片',
    statuses: 'すべての値の状態',
    checks: '表どうしの検算',
    checksIntro: '同じ数値が複数の表に載っている場合、それらが一致するかを確かめています。一致しない・判定できない結果も隠さず示します。',
    check: '検算',
    result: '結果',
    compared: '比較した値',
    results: { pass: '一致', fail: '不一致', incomplete: '判定不能' },
    fragments: '列を特定できなかった断片',
    fragmentsIntro: '表に属するが、どの列の値か確定できないため公開していない文字列です。',
    dataset: 'データセット',
    raw: 'OCR原文',
    reason: '理由・規則',
    source: '原文',
    labelRepairs: 'ラベルの修復',
    repairedTo: '修復後',
    rule: '規則',
    notRead: '読み取り以外の値',
    notReadSummary: (n: number) => `読み取り以外の値（${n}件）：原文と理由`,
    cell: '値の場所',
    status: '状態',
    value: '値',
    sourceUrl: '出典URL',
  },
  source: {
    breadcrumb: '出典',
    known: 'この資料について分かっていること',
    publisher: '発行',
    date: '日付',
    type: '種類',
    original: '原本',
    originalUnknown: '原本の所在は分かっていません。このサイトが受け取ったのはOCRのテキストだけです。',
    originalAt: '原本の所在',
    text: 'テキスト',
    asReceived: (sha: string) => `受け取ったときのまま（OCRの誤りもそのまま）。SHA-256：${sha}`,
    titleNote: 'タイトルについて',
    dateNote: '日付について',
    licence: '利用条件',
    title: (title: string) => `原文：${title}`,
    description: (title: string) => `${title}のテキスト（OCR）を行番号つきで表示`,
    intro: (lines: number) =>
      `受け取ったままのテキスト（${lines}行）。左の青線は公開データの値が引用している行。行番号のリンク（#L行番号）で各行を指せます。`,
  },
  export: {
    /** The credits in the footer of every SVG and PNG file. */
    site: (name: string, url: string) => `${name}（整備したデータとグラフ）：${url}`,
    licence: 'ライセンス：CC BY 4.0（原資料は政府標準利用規約 第2.0版に基づき利用）',
  },
  context: {
    item: '項目・時点',
    value: '値',
    source: '出典',
    kind: '出典の種類',
    kinds: { primary: '一次資料（省庁・調査実施団体）', secondary: '二次資料（報道）', tertiary: '三次資料（事典とその写し）' },
    legend: { handout: '配布資料の値', primary: '一次資料の値', secondary: '報道の値（二次資料）', tertiary: '事典の値（三次資料）' },
    fromHandout: (line: number | null) => (line === null ? '配布資料' : `配布資料 ${line}行目`),
    count: 'か所',
    title: (story: string, from: number, to: number) => `${story}：${from}〜${to}年の長期の推移`,
    titleNone: (story: string) => `${story}：長期の値がない`,
    subtitle: (handout: number, sourced: number) =>
      `配布資料の値${handout}点（塗りつぶし）と公開資料の値${sourced}点（白抜き）。別の資料の値は混ぜずに並べて表示`,
    seriesValues: (label: string, points: string[]) => `${label}：${points.join('、')}`,
    point: (date: string, value: string, handout: boolean) => `${date} ${value}${handout ? '（配布資料）' : ''}`,
    summary: (series: string[]) => `${series.join('。')}。`,
    about:
      '「長期の推移」のグラフは、同じ系列の別の時点の値を、公開資料（省庁や調査実施団体の一次資料、業界紙などの報道、事典）から引用して配布資料の値と並べたものです。値は資料の文言のとおりで、計算して求めた値はありません。公開資料の値は白抜きの記号で示し、配布資料の表には混ぜません。同じ時点の値が両方にある場合はデータの品質のページで突き合わせています。報道や事典は二次・三次資料なので、配布資料より確かさは劣ります。',
  },
  chartTools: {
    views: 'グラフの表示',
    chart: 'グラフ',
    table: '表',
    download: 'ダウンロード',
    tableCaption: (title: string) => `${title}（グラフの値）`,
    tableHelp: '値をクリックすると、その値を読み取った原文の行に移動します。',
    highlight: '強調する項目',
    none: '（なし）',
    share: 'この表示を共有',
    copied: 'リンクをコピーしました',
    highlighted: '強調：',
    cleared: '強調なし',
    unknown: 'このページにない項目（無視）：',
    sort: '並べ替え',
    sortDefault: '描画時の順（最新期の値の高い順）',
    sortName: '名前順',
    sortPeriod: (period: string) => `${period}の値の高い順`,
    data: 'このグラフのデータ',
    dataForms: {
      csv: 'CSV（UTF-8）',
      'excel-utf8': 'Excel用（UTF-8 BOM付き）',
      'excel-cp932': 'Excel用（CP932）',
    },
    dataHelp:
      '1行がグラフの1つの値（欠損も含む）。列：key（項目の英数字キー、言語・版をまたいで同じ）、label、period、value、status、原文の行。',
    fullDataset: 'データセット全体のCSV',
    /** The headers of a chart's Excel files and of its xlsx, by column. */
    columns: {
      key: 'キー',
      label: '項目',
      period: '時点',
      period_label: '時点（表記）',
      value: '値',
      status: '状態',
      source_doc: '出典文書',
      source_line: '出典の行',
      source_url: '出典のURL',
    },
    files: '画像',
  },
  embed: {
    backLink: 'データ・出典・ダウンロード',
    title: '埋め込み・書き出し・引用',
    responsive: '埋め込みコード（高さ自動調整）',
    plain: '埋め込みコード（高さ固定）',
    copy: 'コピー',
    copied: 'コピーしました',
    files: 'ファイル',
    svg: 'SVG（ベクター、単体で開けます）',
    png: 'PNG（2倍の解像度）',
    preview: '埋め込み表示を確認',
    cite: 'このグラフを引用',
    help: '高さ自動調整のコードは、グラフのページが知らせる高さに合わせて iframe の高さを変える小さなスクリプト（1 KB未満）を読み込みます。スクリプトが使えないサイトでも、既定の高さで表示されます。',
  },
  downloads: {
    forms: {
      csv: 'CSV（UTF-8）：プログラムやRなど、ほとんどのツール向け。公開データそのもの',
      'excel-utf8': 'Excel用（UTF-8 BOM付き、改行CRLF）：Excel 2016以降・Mac版Excel・Googleスプレッドシート',
      'excel-cp932': 'Excel用（CP932／Windows-31J、改行CRLF）：古いWindows版Excelで文字化けする場合',
    },
    size: (size: string, replaced: number) => `（${size}${replaced ? `、CP932にない${replaced}文字は「?」` : ''}）`,
    datapackage: '全データセットの説明（Frictionless Data Package：列の型・日英の名称・出典・ライセンス）',
    excelNote:
      'Excel用の2形式は、見出しが日本語で、Excelが日付や数値に変えてしまう値（「1-1」「(2,690)」「2010-06」など）を ="…" の形（文字列だけの式）で書いているため、ファイルのとおりに表示されます。空欄は欠損値です。',
  },
  cite: {
    /** The citation of a dataset page. */
    page: (site: string, title: string, date: string, sources: string, url: string) =>
      `${site}「${title}」（データ作成日 ${date}）。原資料：${sources}。${url}`,
    /** "Cite this chart": text and the note of the BibTeX entry. */
    chart: (site: string, title: string, url: string, accessed: string, sources: string) =>
      `${site}「${title}」${url}（${accessed}参照）。原資料：${sources}。`,
    bibNote: (accessed: string, sources: string) => `${accessed}参照。原資料：${sources}`,
    bibLanguage: 'japanese',
  },
  about: {
    title: 'このサイトについて',
    description: '誰が運営し、何をして何をしないか、値の読み方と修復、誤りの報告、ライセンス',
    what: 'このサイトは',
    whatText:
      '厚生労働省の配布資料（紙の資料をスキャンしOCRでテキストにしたもの）に載っている統計表を、機械で読める表とグラフに整備して公開する、独立したサイトです。厚生労働省が運営・監修するものではなく、公式の統計でもありません。',
    operator: '運営',
    operatorUnset: '（このビルドでは設定されていません：SITE_OPERATOR）',
    repository: 'ソースコードとデータの作り方',
    repositoryUnset: '（このビルドでは設定されていません：REPOSITORY_URL）',
    sources: '元にした資料',
    does: 'すること',
    doesList: [
      'OCRのテキストから表を見出しとラベルで探し、値を読み取ります。',
      'すべての値に、資料の何行目のどの文字列から読んだかを記録し、原文のページでその行を示します。',
      '同じ数値が複数の表にあれば突き合わせ（検算）、結果を隠さず示します。',
      'CSV・Excel用CSV・データパッケージ（列の説明つき）として配布し、グラフは埋め込みとファイルで提供します。',
    ],
    doesNot: 'しないこと',
    doesNotList: [
      '値を推測・補間・推計しません。一つの値に読めないものは「欠損」とし、原文を残します。',
      '資料にない値は、出典のURLとその文面がある場合に限り「外部出典」として加えます（data/supplements）。',
      '公式の統計の代わりにはなりません。正しい値は原本で確かめてください。',
      '自動では更新されません。データには版があり、変わるたびに変更履歴に記します。',
    ],
    statuses: '値の読み方と修復',
    statusesIntro: 'すべての値に状態があります。下の例は、このサイトのデータから状態ごとに最初の一つを示したものです。',
    exampleIn: (dataset: string) => `例（${dataset}）：`,
    noExample: 'この状態の値は今のデータにはありません。',
    exampleOf: (what: string, value: string, raw: string) => `${what}：${value}${raw ? `（原文「${raw}」）` : ''}`,
    report: '誤りを見つけたら',
    reportText:
      '値・訳・表示の誤りは、リポジトリのIssueで知らせてください。値の場所（データセットと行）と、原本で確かめた値があると助かります。',
    reportUnset: 'このビルドには報告先のリポジトリが設定されていません。',
    licences: 'ライセンス',
    licencesList: [
      '原資料：厚生労働省。政府標準利用規約（第2.0版）に基づき利用（CC BY 4.0 互換）。',
      '整備したデータとグラフ：CC BY 4.0。出典として「厚生労働省」の資料名と、このサイトを示してください。',
      'コード：MIT ライセンス。',
      'PNGの文字：Noto Sans JP（SIL Open Font License）。',
    ],
  },
  changelog: {
    title: 'データの版と変更履歴',
    description: '公開データの版ごとに、変わった値と件数',
    intro:
      '公開データ（CSVとデータパッケージ）には版があります。訂正は第3位（1.0.1）、値やデータセットの追加は第2位（1.1.0）、列の変更は第1位（2.0.0）を上げます。',
    current: (version: string, date: string) => `現在の版：${version}（${date}）`,
    none: 'このビルドのデータには版がありません。',
    counts: 'この版の値の状態',
    dated: (date: string) => `（${date}）`,
    change: (diff: string[]) => `前の版から：${diff.join('、')}`,
    unchanged: '状態の件数は前の版と同じ',
  },
  catalogue: {
    title: 'ダウンロード',
    description: 'すべてのデータファイル：形式・文字コード・サイズ・行数・ライセンス',
    intro: 'すべてのデータファイルの一覧です。CSVはデータそのもの、Excel用の2形式は同じ表を表計算ソフト向けにしたものです。',
    version: (version: string, date: string) => `データ版 ${version}（${date}）`,
    file: 'ファイル',
    dataset: 'データセット',
    form: '形式',
    encoding: '文字コード',
    size: 'サイズ',
    rows: '行数',
    licence: 'ライセンス',
    forms: {
      csv: 'CSV',
      'excel-utf8': 'Excel用CSV',
      'excel-cp932': 'Excel用CSV（Windows）',
      datapackage: 'データパッケージ（JSON）',
      quality: '品質の記録（JSON）',
      documents: '出典文書の一覧（JSON）',
      changelog: 'データの版の記録（JSON）',
      text: '出典文書の本文（テキスト）',
    },
    encodings: {
      csv: 'UTF-8、改行LF',
      'excel-utf8': 'UTF-8（BOM付き）、改行CRLF',
      'excel-cp932': 'CP932（Windows-31J）、改行CRLF',
      json: 'UTF-8',
      text: 'UTF-8、改行LF',
    },
    all: 'すべてのデータセット',
    dataLicence: 'CC BY 4.0',
  },
  notFound: {
    title: 'ページが見つかりません',
    text: 'お探しのページはありません。移動したか、アドレスが違う可能性があります。',
    home: 'ホームへ',
    downloads: 'ダウンロード一覧',
  },
  card: {
    /** The alternative text of a page's social-card image. */
    site: (name: string) => `${name}：厚生労働省の配布資料から整備したデータとグラフ`,
    chart: (title: string) => `グラフ：${title}`,
  },
  pages: {
    outsourcing: {
      title: '医療関連サービスの委託率（病院）',
      measures:
        '病院が医療関連サービス（寝具類洗濯、検体検査、患者給食など）を外部に委託している割合。医療関連サービス振興会「医療関連サービス実態調査」の各回。資料ではグラフが画像で、OCRで数値が失われました。',
    },
    'clinical-labs': {
      title: '衛生検査所数の推移',
      measures:
        '登録されている衛生検査所（臨床検査を受託する検査所）の数。各年1月1日現在。資料の内訳表（経営主体別・従事者数別・登録検査業務数別）の合計欄から読み、表どうしで一致を確かめています。',
    },
    'price-agreement': {
      title: '医薬品の価格妥結率',
      measures:
        '医療用医薬品の取引高（薬価ベース）のうち、卸と医療機関・薬局の間で価格が妥結した割合。価格妥結状況調査（卸の報告による）。設置主体別は200床以上の病院。',
    },
    'clinical-research-cases': {
      title: '臨床研究法の対象となる臨床研究等の事例集',
      measures:
        '臨床研究法の対象となるかどうかの公式の事例。特定臨床研究・臨床研究・対象外のリストと留意事項、参照するQ&A、改正で変わった箇所（新旧対照表の傍線部）。',
    },
  },
};
