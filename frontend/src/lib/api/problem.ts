import type { Language } from '@/lib/i18n/language-context';

/** One entry of a problem's `errors`: `field` is a path into the request, e.g. `hearings[0].reason`. */
export interface FieldError {
  field: string;
  message: string;
}

/** An RFC 9457 problem (or a failure to reach the server, status 0) as a thrown error. */
export class ApiError extends Error {
  readonly status: number;
  readonly type?: string;
  readonly title?: string;
  readonly detail?: string;
  readonly fieldErrors: FieldError[];

  constructor(init: { status: number; type?: string; title?: string; detail?: string; fieldErrors?: FieldError[] }) {
    super(init.detail ?? init.title ?? `HTTP ${init.status}`);
    this.name = 'ApiError';
    this.status = init.status;
    this.type = init.type;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
  }

  static network(cause: unknown): ApiError {
    const error = new ApiError({ status: 0, title: 'Network error', detail: String(cause) });
    error.cause = cause;
    return error;
  }

  static from(status: number, body: unknown): ApiError {
    if (body && typeof body === 'object') {
      const problem = body as Record<string, unknown>;
      const errors = Array.isArray(problem.errors)
        ? problem.errors
            .filter((e): e is FieldError => !!e && typeof e === 'object' && 'field' in e && 'message' in e)
            .map((e) => ({ field: String(e.field), message: String(e.message) }))
        : [];
      return new ApiError({
        status: typeof problem.status === 'number' ? problem.status : status,
        type: typeof problem.type === 'string' ? problem.type : undefined,
        title: typeof problem.title === 'string' ? problem.title : undefined,
        detail: typeof problem.detail === 'string' ? problem.detail : undefined,
        fieldErrors: errors,
      });
    }
    return new ApiError({ status, detail: typeof body === 'string' && body ? body.slice(0, 300) : undefined });
  }
}

const STATUS_TEXT: Record<number, readonly [string, string]> = {
  0: ['无法连接服务器，请检查网络后重试', 'Cannot reach the server; check the network and retry'],
  400: ['提交的内容有误，请按提示修改', 'Some values are invalid; please correct them'],
  401: ['登录已失效，请重新登录', 'Your session has ended; please log in again'],
  403: ['您没有权限执行此操作', 'You are not allowed to do this'],
  404: ['找不到该记录，可能已被删除', 'Not found; it may have been deleted'],
  409: ['与已有记录冲突', 'This conflicts with an existing record'],
  412: ['该记录已被他人修改，请刷新后再试', 'Someone else changed this record; reload and try again'],
  413: ['提交的内容过大', 'The upload is too large'],
  415: ['不支持的文件格式', 'Unsupported format'],
  422: ['不符合出庭应诉的规则，请按提示修改', 'This breaks a rule; please correct it'],
  428: [
    '缺少版本信息（If-Match），未作任何修改，请刷新后再试',
    'The version (If-Match) was missing; nothing changed, reload and try again',
  ],
  429: ['操作过于频繁，请稍后再试', 'Too many requests; try again shortly'],
};

const SERVER_ERROR = [
  '服务器暂时无法完成请求，请稍后重试',
  'The server could not complete the request; try again later',
] as const;

function statusText(status: number, lang: Language): string {
  const pair = STATUS_TEXT[status] ?? (status >= 500 ? SERVER_ERROR : STATUS_TEXT[400]);
  return pair[lang === 'zh' ? 0 : 1];
}

/**
 * The server writes its messages in English for developers; people read Chinese. Known sentences are
 * translated; anything else keeps the server's words after a plain Chinese lead-in.
 */
const FIELD_MESSAGES: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^must not be (blank|null|empty)$/, () => '必填'],
  [/^size must be between 0 and (\d+)$/, (m) => `不能超过 ${m[1]} 个字`],
  [/^size must be between (\d+) and (\d+)$/, (m) => `长度须在 ${m[1]} 到 ${m[2]} 之间`],
  [/^must be letters, digits/, () => '只能包含字母、数字和 - _ .'],
  [/^must be greater than or equal to (\S+)$/, (m) => `不能小于 ${m[1]}`],
  [/^must be less than or equal to (\S+)$/, (m) => `不能大于 ${m[1]}`],
  [/^must be a well-formed email address$/, () => '邮箱格式不正确'],
  [/is not a date like/, () => '日期格式不正确'],
  [/is not a time with offset/, () => '时间格式不正确'],
  [/is not one of|must be one of/, () => '不是可选的值'],
  [/^unknown property/, () => '不接受此项'],
  [/agency with this code already exists/, () => '已有相同编码的机关'],
  [/official with this code already exists/, () => '已有相同编码的人员'],
  [/case with this court and case number already exists/, () => '该法院已有相同案号的案件'],
  [/already has a hearing at this time/, () => '该案件在此时间已有一次开庭'],
  [/notice with this court and number already exists/, () => '该法院已有相同编号的出庭通知书'],
  [/appearance at this hearing is already recorded/, () => '该人员在本次开庭的出庭记录已存在'],
  [/already filed a delegation for this hearing today/, () => '该机关今天已就本次开庭提交过委托'],
  [/already exists/, () => '已存在相同的记录'],
  [/must say why the delegation is rejected/, () => '退回时须说明理由'],
  [/must explain specifically why the head cannot appear/, () => '须具体说明负责人不能出庭的理由，至少 10 个字'],
  [/the delegate must be staff of the same agency/, () => '受委托人须为本机关的工作人员'],
  [/a lawyer alone is never a valid delegate/, () => '律师不能单独作为受委托人，请委托本机关工作人员（律师可以陪同）'],
  [/a head appears in person, and the delegate is a STAFF member/, () => '负责人应亲自出庭；受委托人须为工作人员'],
  [/is not in post on the hearing's date/, () => '此人在开庭当日不在任'],
  [/an appearance can only be recorded at a hearing that took place/, () => '只能为已开庭的庭审登记出庭情况'],
  [
    /appearances are recorded at this hearing, so it must stay HELD/,
    () => '本次开庭已登记出庭人员，须保持“已开庭”；请先删除出庭记录',
  ],
  [
    /Notices, appearances or delegations are recorded at hearing/,
    () => '本次开庭已登记通知书、出庭或委托，不能删除；未开庭的请改为取消或延期',
  ],
  [/is not a defendant of case/, () => '该机关不是本案的被告'],
  [/was already (\w+) and cannot be/, () => '该委托已审查，不能再更改'],
  [/is required to complete the interview/, () => '完成约谈须填写此项'],
  [/name at least one person of the agency and one of the bureau/, () => '须至少有被约谈单位和司法局各一名参加人员'],
  [/^cannot be in the future/, () => '不能晚于今天'],
  [/^cannot be before \S+ began/, () => '不能早于所约谈的季度'],
  [/^no official of .+ has the code/, () => '不是被约谈单位的人员'],
  [/an official of the agency takes part for the AGENCY side/, () => '本单位人员应列为被约谈单位一方'],
  [/is required unless officialCode names an official/, () => '请选择人员或填写姓名'],
  [/has not ended yet; a quarter is looked at/, () => '该季度尚未结束，结束后才能检查'],
  [/has no ended quarter yet/, () => '该年度还没有已结束的季度'],
  [/and can no longer be changed/, () => '该约谈任务已办结或已撤销，不能再修改'],
  [/^numeric value out of bounds/, () => '数值超出范围（最多两位小数）'],
  [/no official has the code/, () => '没有此编码的人员'],
  [/no agency has the code/, () => '没有此编码的机关'],
  [/no hearing has the id/, () => '该次开庭不存在'],
  [/no case has the id/, () => '该案件不存在'],
  [/an agency cannot be placed under itself/, () => '机关不能以自身为上级机关'],
  [/^must not be before validFrom$/, () => '截止日期不能早于起始日期'],
  [/Other records still refer to this one/, () => '仍有其他记录引用此项，请先删除它们'],
  [/^must be at least (\d+) characters$/, (m) => `至少 ${m[1]} 个字符`],
  [/^must be at most \d+ bytes/, () => '过长（最多约 24 个汉字或 72 个英文字符）'],
  [/^must be at most (\d+) MB$/, (m) => `文件不能超过 ${m[1]} 兆字节`],
  [/^must be at most (\d+) KB$/, (m) => `文件不能超过 ${m[1]} 千字节`],
  [/^must be at most (\d+)$/, (m) => `不能大于 ${m[1]}`],
  [/^must not be only spaces$/, () => '不能只有空格'],
  [/^must not contain the username$/, () => '不能包含用户名'],
  [/^is not your current password$/, () => '当前密码不正确'],
  [/^must differ from the current password$/, () => '新密码不能与当前密码相同'],
  [/Wrong username or password/, () => '用户名或密码不正确'],
  [/explain why the declared figures differ/, () => '填报数字与系统记录不一致，请说明原因'],
  [/^cannot exceed (\w+)$/, () => '不能大于其所属的总数'],
  [/must be in the future/, () => '须为将来的时间'],
  [/attach the court's effective judgment/, () => '请先上传法院的生效裁判文书，再报送'],
  [/must be a written summary of the case/, () => '书面总结须写明案件情况、败诉原因和整改措施，至少 50 字'],
  [/its documents can no longer be added or removed/, () => '报告已报送，所附文书不能再增删'],
  [/a guidance opinion answers a submitted report only/, () => '只能对已报送的报告提出指导意见'],
  [/^The report of .* was already (SUBMITTED|ANSWERED)$/, () => '该报告已报送，不能再修改'],
  [/only heads are invited to observe a hearing/, () => '此人在开庭当日不是负责人，只能邀请负责人旁听'],
  [/attendance is recorded on or after that day/, () => '庭审尚未开始，开庭当日及以后才能登记出席情况'],
  [/was not invited to this session/, () => '此人未受邀参加本次旁听'],
  [/only a scheduled or held hearing can be observed/, () => '只能选择待开庭或已开庭的庭审'],
  [/is already observation session/, () => '该次开庭已标记为旁听庭审'],
  [/this hearing is already an observation session/, () => '该次开庭已标记为旁听庭审'],
];

/** A known server sentence in Chinese, or undefined. */
function translateKnown(message: string): string | undefined {
  for (const [pattern, render] of FIELD_MESSAGES) {
    const match = message.match(pattern);
    if (match) return render(match);
  }
  return undefined;
}

/** Chinese text may quote English codes, and English text may quote Chinese names: English words decide. */
function isWrittenInChinese(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text) && !/[A-Za-z]{3,}(\s+[A-Za-z]{2,}){2,}/.test(text);
}

export function translateFieldMessage(message: string, lang: Language): string {
  if (lang === 'en') return message;
  // An unknown English sentence is for developers (it is in the server's log); the reader gets the plain lead-in.
  return translateKnown(message) ?? (isWrittenInChinese(message) ? message : '填写有误，请检查此项');
}

export interface ErrorDescription {
  title: string;
  /** The server's explanation when it says more than the title, already in the reader's language where known. */
  detail?: string;
  fieldErrors: FieldError[];
}

export function describeError(error: unknown, lang: Language): ErrorDescription {
  if (!(error instanceof ApiError)) {
    return { title: statusText(0, lang), detail: error instanceof Error ? error.message : undefined, fieldErrors: [] };
  }
  const fieldErrors = error.fieldErrors.map((e) => ({
    field: e.field,
    message: translateFieldMessage(e.message, lang),
  }));
  // English sentences meant for developers are not shown to Chinese readers; the title already says it plainly.
  let detail: string | undefined;
  if (error.detail && error.status > 0 && error.status < 500 && fieldErrors.length === 0) {
    detail =
      lang === 'en'
        ? error.detail
        : (translateKnown(error.detail) ?? (isWrittenInChinese(error.detail) ? error.detail : undefined));
  }
  return { title: statusText(error.status, lang), detail, fieldErrors };
}

/** The single line for a toast. */
export function errorMessage(error: unknown, lang: Language): string {
  const { title, detail, fieldErrors } = describeError(error, lang);
  if (fieldErrors.length === 1) return `${title}：${fieldErrors[0].message}`;
  return detail ? `${title}：${detail}` : title;
}
