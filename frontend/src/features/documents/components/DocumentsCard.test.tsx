import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderPage } from '@/testing/render';
import { contentTypeOf } from '../api/upload-document';
import { DocumentsCard } from './DocumentsCard';

describe('DocumentsCard', () => {
  it('uploads the raw bytes with their real type, and lists the file', async () => {
    let documents: object[] = [];
    const api = mockApi({
      'GET /api/documents': () => json(documents),
      'POST /api/documents': (request) => {
        const saved = {
          id: 11,
          ownerType: 'CASE',
          ownerId: 3,
          kind: request.query.get('kind'),
          fileName: request.query.get('fileName'),
          contentType: 'application/pdf',
          sizeBytes: 2048,
          createdAt: '2026-11-28T09:00:00+08:00',
        };
        documents = [saved];
        return json(saved, 201);
      },
    });
    const user = userEvent.setup();
    const { container } = renderPage(<DocumentsCard ownerType="CASE" ownerId={3} defaultKind="JUDGMENT" />);
    expect(await screen.findByText('尚无材料')).toBeInTheDocument();

    const file = new File(['%PDF-1.4 …'], '判决书.pdf', { type: 'application/pdf' });
    await user.upload(container.querySelector('input[type="file"]') as HTMLInputElement, file);

    await waitFor(() => expect(api.find('POST', '/api/documents')).toHaveLength(1));
    const upload = api.find('POST', '/api/documents')[0];
    expect(Object.fromEntries(upload.query)).toEqual({
      ownerType: 'CASE',
      ownerId: '3',
      kind: 'JUDGMENT',
      fileName: '判决书.pdf',
    });
    expect(upload.headers.get('Content-Type')).toBe('application/pdf');
    expect(await screen.findByText('判决书.pdf')).toBeInTheDocument();
    expect(screen.getByText(/裁判文书 · 2.0 千字节/)).toBeInTheDocument();
  });

  it('says plainly when the server refuses a file', async () => {
    mockApi({
      'GET /api/documents': () => json([]),
      'POST /api/documents': () => problem(415, { title: 'Unsupported Media Type' }),
    });
    const user = userEvent.setup();
    const { container } = renderPage(<DocumentsCard ownerType="CASE" ownerId={3} />);
    await screen.findByText('尚无材料');
    await user.upload(
      container.querySelector('input[type="file"]') as HTMLInputElement,
      new File(['x'], '假的.png', { type: 'image/png' }),
    );
    expect(await screen.findByText('“假的.png”上传失败：不支持的文件格式')).toBeInTheDocument();
  });

  it('infers the type from the extension when the browser gives none', () => {
    expect(contentTypeOf(new File(['x'], 'a.DOCX'))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(contentTypeOf(new File(['x'], 'a.jpg'))).toBe('image/jpeg');
  });
});
