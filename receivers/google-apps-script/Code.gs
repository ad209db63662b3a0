/**
 * サイバーリスク診断：見積依頼の受け取り（Google スプレッドシート＋メール通知）
 *
 * 使い方は同じフォルダの README.md（導入ガイド）をご覧ください。
 * 変更してよいのは、すぐ下の「設定」だけです。
 *
 * What it does, for whoever maintains it: the widget POSTs each quote request as JSON text (no
 * preflight). This web app appends it to the sheet as one row, once per idempotencyKey (a retry or
 * a reload sends the same request again), under a lock so that two requests never share a row;
 * neutralises values a sheet would run as a formula; mails the agent a readable summary; and drops
 * requests whose honeypot was filled. Its answer, {"ok":true,...}, is readable by the widget after
 * Apps Script's redirect, which is how the owner learns that the request was received.
 */

// ===== 設定 =====
/** 新しい依頼をお知らせするメールの宛先（複数のときはカンマで区切ります）。空にするとメールを送りません。 */
var NOTIFY_EMAIL = '';
/** 依頼を書き込むシートの名前。なければ作ります。 */
var SHEET_NAME = '見積依頼';
// ===== 設定はここまで =====

/** The sheet's columns: a heading and how to read it from a request. */
var COLUMNS = [
  [
    '受信日時',
    function (r, now) {
      return now;
    },
  ],
  [
    '受付番号',
    function (r) {
      return r.reference;
    },
  ],
  [
    '訂正元の受付番号',
    function (r) {
      return r.correctionOf || '';
    },
  ],
  [
    'テスト',
    function (r) {
      return r.test === true ? 'テスト' : '';
    },
  ],
  [
    '注意',
    function (r) {
      return screeningNote(r);
    },
  ],
  [
    '会社名',
    function (r) {
      return r.contact.companyName;
    },
  ],
  [
    'ご担当者',
    function (r) {
      return r.contact.contactName;
    },
  ],
  [
    'フリガナ',
    function (r) {
      return r.contact.contactKana || '';
    },
  ],
  [
    'メール',
    function (r) {
      return r.contact.email;
    },
  ],
  [
    '電話',
    function (r) {
      return r.contact.phone || '';
    },
  ],
  [
    '郵便番号',
    function (r) {
      return r.contact.postcode || '';
    },
  ],
  [
    '都道府県',
    function (r) {
      return prefectureName(r.contact.prefecture);
    },
  ],
  [
    '住所',
    function (r) {
      return r.contact.address || '';
    },
  ],
  [
    '業種',
    function (r) {
      return answerText(r, 'industry') || r.company.industry;
    },
  ],
  [
    '産業分類',
    function (r) {
      return r.company.jsic ? r.company.jsic.name : '';
    },
  ],
  [
    '売上高（円）',
    function (r) {
      return r.company.revenue;
    },
  ],
  [
    '従業員数',
    function (r) {
      return r.company.employees === undefined ? '' : r.company.employees;
    },
  ],
  [
    '決算月',
    function (r) {
      return r.company.fiscalYearEndMonth ? r.company.fiscalYearEndMonth + '月' : '';
    },
  ],
  [
    '法人の種類',
    function (r) {
      return LEGAL_FORMS[r.company.legalForm] || '';
    },
  ],
  [
    '海外売上',
    function (r) {
      return r.company.overseas
        ? SHARES[r.company.overseas.share] +
            (r.company.overseas.regions.length
              ? '（' +
                r.company.overseas.regions
                  .map(function (g) {
                    return REGIONS[g];
                  })
                  .join('、') +
                '）'
              : '')
        : '';
    },
  ],
  [
    'IT業務の売上',
    function (r) {
      return SHARES[r.company.itRevenueShare] || '';
    },
  ],
  [
    '過去5年の事故',
    function (r) {
      return INCIDENTS[r.company.pastIncidents] || '';
    },
  ],
  [
    '希望プラン',
    function (r) {
      return PLANS[r.coverage.plan] || r.coverage.plan;
    },
  ],
  [
    '支払限度額',
    function (r) {
      return r.coverage.limitSet || '';
    },
  ],
  [
    '割引の目安',
    function (r) {
      return Math.round(r.security.totalDiscount * 100) + '%';
    },
  ],
  [
    '自社診断の点数',
    function (r) {
      return r.security.ipaScore;
    },
  ],
  [
    'セキュリティの★',
    function (r) {
      return starsText(r);
    },
  ],
  [
    '最大の損害額の目安（円）',
    function (r) {
      return largestLoss(r) ? largestLoss(r).likely : '';
    },
  ],
  [
    '最大の事故',
    function (r) {
      return largestLoss(r) ? largestLoss(r).title : '';
    },
  ],
  [
    '連絡方法',
    function (r) {
      return METHODS[r.contact.preferredMethod] || '';
    },
  ],
  [
    '連絡の時間帯',
    function (r) {
      return TIMES[r.contact.preferredTime] || '';
    },
  ],
  [
    'ご質問・ご要望',
    function (r) {
      return r.contact.message || '';
    },
  ],
  [
    '取り組む予定の対策',
    function (r) {
      return r.improvement
        ? r.improvement.steps
            .map(function (s) {
              return s.action;
            })
            .join('／')
        : '';
    },
  ],
  [
    'お申し込みのページ',
    function (r) {
      return r.source && r.source.page ? r.source.page : '';
    },
  ],
  [
    'キャンペーン',
    function (r) {
      var params = r.source ? r.source.params : {};
      return Object.keys(params)
        .map(function (name) {
          return name + '=' + params[name];
        })
        .join(' ');
    },
  ],
  [
    '依頼の全文（JSON）',
    function (r) {
      return JSON.stringify(r);
    },
  ],
  [
    'idempotencyKey',
    function (r) {
      return r.idempotencyKey;
    },
  ],
];

var PLANS = { basic: '基本プラン', wide: 'ワイドプラン', unsure: '相談して決めたい' };
var LEGAL_FORMS = { kabushiki: '株式会社', godo: '合同会社', yugen: '有限会社', otherCorp: 'その他の法人', sole: '個人事業主' };
var SHARES = { none: 'なし', under10: '10%未満', '10to50': '10〜50%', over50: '50%超' };
var REGIONS = { northAmerica: '北米', europe: '欧州', asia: 'アジア', other: 'その他' };
var INCIDENTS = { none: 'なし', yes: 'あり', unknown: 'わからない' };
var METHODS = { email: 'メール', phone: '電話', either: 'どちらでもよい' };
var TIMES = { morning: '午前', afternoon: '午後', evening: '夕方以降', any: 'いつでもよい' };
var PREFECTURES = [
  '北海道',
  '青森県',
  '岩手県',
  '宮城県',
  '秋田県',
  '山形県',
  '福島県',
  '茨城県',
  '栃木県',
  '群馬県',
  '埼玉県',
  '千葉県',
  '東京都',
  '神奈川県',
  '新潟県',
  '富山県',
  '石川県',
  '福井県',
  '山梨県',
  '長野県',
  '岐阜県',
  '静岡県',
  '愛知県',
  '三重県',
  '滋賀県',
  '京都府',
  '大阪府',
  '兵庫県',
  '奈良県',
  '和歌山県',
  '鳥取県',
  '島根県',
  '岡山県',
  '広島県',
  '山口県',
  '徳島県',
  '香川県',
  '愛媛県',
  '高知県',
  '福岡県',
  '佐賀県',
  '長崎県',
  '熊本県',
  '大分県',
  '宮崎県',
  '鹿児島県',
  '沖縄県',
];

/** The web app's entry point: Apps Script calls it for each POST. */
function doPost(e) {
  var request;
  try {
    request = JSON.parse((e && e.postData && e.postData.contents) || '');
  } catch (err) {
    return answer({ ok: false, error: 'not JSON' });
  }
  if (!isQuoteRequest(request)) return answer({ ok: false, error: 'not a quote request' });
  // A bot filled the field people never see: say "ok" (so it learns nothing) and keep nothing.
  if (request.screening && request.screening.honeypot === true) return answer({ ok: true, reference: request.reference });

  var lock = LockService.getScriptLock();
  lock.waitLock(20000);
  var duplicate;
  try {
    var sheet = leadSheet();
    duplicate = hasKey(sheet, request.idempotencyKey);
    if (!duplicate) {
      var now = new Date();
      sheet.appendRow(
        COLUMNS.map(function (column) {
          return cellValue(column[1](request, now));
        }),
      );
      SpreadsheetApp.flush();
    }
  } finally {
    lock.releaseLock();
  }
  if (!duplicate && NOTIFY_EMAIL) MailApp.sendEmail(NOTIFY_EMAIL, mailSubject(request), mailBody(request));
  return answer({ ok: true, reference: request.reference, duplicate: duplicate });
}

/** A quick check for the browser: opening the web app's address shows that it is running. */
function doGet() {
  return answer({ ok: true, receiver: 'cyber-risk-check', sheet: SHEET_NAME });
}

function answer(body) {
  return ContentService.createTextOutput(JSON.stringify(body)).setMimeType(ContentService.MimeType.JSON);
}

/** Only what has the request's shape is written; anything else is refused. */
function isQuoteRequest(r) {
  return (
    !!r &&
    r.schemaVersion === 1 &&
    typeof r.idempotencyKey === 'string' &&
    r.idempotencyKey.length >= 8 &&
    r.idempotencyKey.length <= 64 &&
    typeof r.reference === 'string' &&
    !!r.contact &&
    typeof r.contact.companyName === 'string' &&
    !!r.company &&
    !!r.coverage &&
    !!r.security &&
    Array.isArray(r.loss) &&
    Array.isArray(r.answers)
  );
}

/**
 * The sheet the leads go to: SHEET_NAME, or, when an earlier version of this script made it with
 * other columns, a new sheet beside it, so that no row lands under the wrong headings.
 */
function leadSheet() {
  var book = SpreadsheetApp.getActiveSpreadsheet();
  var headings = COLUMNS.map(function (column) {
    return column[0];
  });
  for (var n = 1; ; n++) {
    var name = n === 1 ? SHEET_NAME : SHEET_NAME + '（' + n + '）';
    var sheet = book.getSheetByName(name);
    if (!sheet) {
      sheet = book.insertSheet(name);
      sheet.appendRow(headings);
      sheet.setFrozenRows(1);
      return sheet;
    }
    if (sheet.getRange(1, 1, 1, headings.length).getValues()[0].join('\t') === headings.join('\t')) return sheet;
  }
}

/** Whether a request with this key is already in the sheet (the key is the last column). */
function hasKey(sheet, key) {
  var rows = sheet.getLastRow() - 1;
  if (rows < 1) return false;
  var keys = sheet.getRange(2, COLUMNS.length, rows, 1).getValues();
  for (var i = 0; i < keys.length; i++) if (keys[i][0] === key) return true;
  return false;
}

/**
 * A value as the sheet should show it. Text that a sheet would run as a formula (starting with =,
 * +, - or @, also after spaces, tabs or line breaks) or turn into a number or a date (a phone
 * number's leading 0, a postcode, the reference number) gets a leading apostrophe, which the sheet
 * does not show and which keeps the value as text: a request cannot plant a formula in the
 * agency's sheet, and 0312345678 stays 0312345678.
 */
function cellValue(value) {
  if (typeof value !== 'string') return value;
  return /^\s*[=+\-@]/.test(value) || /^[\d\s\-\/.:,]+$/.test(value) ? "'" + value : value;
}

function screeningNote(r) {
  if (!r.screening) return '';
  return r.screening.secondsOnForm < 5 ? '入力が速すぎます（' + r.screening.secondsOnForm + '秒）。機械的な送信かもしれません' : '';
}

function prefectureName(code) {
  return PREFECTURES[Number(code) - 1] || code;
}

function answerText(r, id) {
  for (var i = 0; i < r.answers.length; i++) if (r.answers[i].id === id) return r.answers[i].answer;
  return '';
}

function largestLoss(r) {
  var largest = null;
  for (var i = 0; i < r.loss.length; i++) if (!largest || r.loss[i].likely > largest.likely) largest = r.loss[i];
  return largest;
}

function yen(amount) {
  return (
    Math.round(amount)
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '円'
  );
}

function mailSubject(r) {
  return (
    (r.test === true ? '【テスト】' : '') +
    (r.correctionOf ? '【訂正】' : '') +
    'サイバー保険の見積依頼（受付番号 ' +
    r.reference +
    '）：' +
    r.contact.companyName
  );
}

/** The star ladder position: "★1（★2 まであと2項目）"; empty when the partner hides the ladder. */
function starsText(r) {
  // Checked: a request made by hand may carry anything here, and a bad one must not lose the lead.
  if (!r.stars || !Array.isArray(r.stars.levels)) return '';
  var next = r.stars.levels.filter(function (l) {
    return l.status !== 'met';
  })[0];
  var reached = r.stars.highest > 0 ? '★' + r.stars.highest : 'まだなし';
  if (!next) return reached;
  var detail =
    next.status !== 'noKnownGaps'
      ? '★' + next.stars + ' まであと' + (Array.isArray(next.missing) ? next.missing.length : '?') + '項目'
      : next.provisional === false
        ? '★' + next.stars + ' は自社で確かめる項目あり'
        : '★' + next.stars + ' は準備中の制度のため目安のみ';
  return reached + '（' + detail + '）';
}

/** The summary the agent reads in the mail; the whole request is in the sheet. */
function mailBody(r) {
  var lines = [];
  if (r.test === true) lines.push('※ テストモードで送られた依頼です。');
  if (r.correctionOf) lines.push('※ 受付番号 ' + r.correctionOf + ' の依頼の訂正です。');
  if (screeningNote(r)) lines.push('※ ' + screeningNote(r));
  lines.push(
    '受付番号: ' + r.reference,
    '会社名: ' + r.contact.companyName,
    'ご担当者: ' + r.contact.contactName,
    'メール: ' + r.contact.email,
    '電話: ' + (r.contact.phone || '（なし）'),
    '都道府県: ' + prefectureName(r.contact.prefecture),
    '業種: ' + (answerText(r, 'industry') || r.company.industry),
    '売上高: ' + yen(r.company.revenue),
    '希望プラン: ' + (PLANS[r.coverage.plan] || r.coverage.plan),
    '割引の目安: ' + Math.round(r.security.totalDiscount * 100) + '%',
    '連絡方法: ' + (METHODS[r.contact.preferredMethod] || '') + (r.contact.preferredTime ? '（' + TIMES[r.contact.preferredTime] + '）' : ''),
  );
  if (r.stars) lines.push('セキュリティの★: ' + starsText(r));
  if (r.contact.message) lines.push('ご質問・ご要望: ' + r.contact.message);
  lines.push('', '■ 損害額の目安');
  r.loss.forEach(function (l) {
    lines.push(l.title + ': ' + yen(l.likely) + '（' + yen(l.low) + '〜' + yen(l.high) + '）');
  });
  lines.push('', '■ 診断の回答');
  r.answers.forEach(function (a) {
    lines.push(a.question + ' → ' + a.answer);
  });
  lines.push('', '依頼の全文はスプレッドシート「' + SHEET_NAME + '」にあります。');
  return lines.join('\n');
}
