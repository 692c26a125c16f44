import { describe, expect, it } from 'vitest';
import { ApiError, describeError, errorMessage, translateFieldMessage } from './problem';

describe('ApiError.from', () => {
  it('reads an RFC 9457 problem with field errors', () => {
    const error = ApiError.from(400, {
      type: 'urn:yingsu:problem:validation',
      title: 'Invalid request',
      status: 400,
      detail: '2 values are invalid',
      errors: [
        { field: 'reason', message: 'must not be blank' },
        { field: 'delegateOfficialCode', message: 'must not be null' },
      ],
    });
    expect(error.status).toBe(400);
    expect(error.type).toBe('urn:yingsu:problem:validation');
    expect(error.fieldErrors).toEqual([
      { field: 'reason', message: 'must not be blank' },
      { field: 'delegateOfficialCode', message: 'must not be null' },
    ]);
  });

  it('keeps the HTTP status when the body is not a problem', () => {
    const error = ApiError.from(502, '<html>Bad gateway</html>');
    expect(error.status).toBe(502);
    expect(error.fieldErrors).toEqual([]);
  });
});

describe('describeError in Chinese', () => {
  it('says what a stale update means', () => {
    const error = ApiError.from(412, { status: 412, title: 'Precondition failed', detail: 'Someone else changed it' });
    expect(describeError(error, 'zh').title).toBe('该记录已被他人修改，请刷新后再试');
    // The English sentence for developers is not shown to a Chinese reader.
    expect(describeError(error, 'zh').detail).toBeUndefined();
  });

  it('says what an update without its version means', () => {
    const error = ApiError.from(428, { status: 428, title: 'Precondition required', detail: 'needs If-Match' });
    expect(describeError(error, 'zh').title).toBe('缺少版本信息（If-Match），未作任何修改，请刷新后再试');
  });

  it('translates the validator sentences it knows and shows no English for the rest', () => {
    expect(translateFieldMessage('must not be blank', 'zh')).toBe('必填');
    expect(translateFieldMessage('size must be between 0 and 200', 'zh')).toBe('不能超过 200 个字');
    expect(translateFieldMessage('an agency with this code already exists', 'zh')).toBe('已有相同编码的机关');
    expect(translateFieldMessage('the moon is wrong', 'zh')).toBe('填写有误，请检查此项');
    // The upload limit the server states in English (issue 18: "填写有误（must be at most 10 MB）").
    expect(translateFieldMessage('must be at most 10 MB', 'zh')).toBe('文件不能超过 10 兆字节');
    expect(translateFieldMessage('must be at most 500', 'zh')).toBe('不能大于 500');
    expect(translateFieldMessage('委托人须为本机关工作人员', 'zh')).toBe('委托人须为本机关工作人员');
    // English sentences quoting Chinese names are still English.
    expect(
      translateFieldMessage('王某 is not staff of 区民政局: the delegate must be staff of the same agency', 'zh'),
    ).toBe('受委托人须为本机关的工作人员');
    expect(translateFieldMessage('张某 is PRINCIPAL; something new happened here', 'zh')).toMatch(/^填写有误/);
  });

  it('describes a network failure and a server failure without technical words', () => {
    expect(errorMessage(ApiError.network(new TypeError('Failed to fetch')), 'zh')).toBe(
      '无法连接服务器，请检查网络后重试',
    );
    expect(errorMessage(ApiError.from(500, { status: 500, detail: 'NullPointerException' }), 'zh')).toBe(
      '服务器暂时无法完成请求，请稍后重试',
    );
  });

  it('puts a single field error into the one-line message', () => {
    const error = ApiError.from(409, {
      status: 409,
      errors: [{ field: 'code', message: 'an agency with this code already exists' }],
    });
    expect(errorMessage(error, 'zh')).toBe('与已有记录冲突：已有相同编码的机关');
  });
});
