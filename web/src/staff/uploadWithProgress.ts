import { API_BASE } from '../api/client';
import { ApiError, toProblem } from '../api/problem';

/**
 * A staff multipart upload that says how much has gone (fetch cannot): XMLHttpRequest with the bearer
 * token and the CSRF header; the JSON answer, or an ApiError with the API's problem.
 */
export function uploadWithProgress<T>(
  path: string,
  form: FormData,
  bearer: string,
  onProgress: (sent: number, total: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${API_BASE}${path}`);
    request.setRequestHeader('Accept', 'application/json, application/problem+json');
    request.setRequestHeader('X-Requested-With', 'portale');
    request.setRequestHeader('Authorization', `Bearer ${bearer}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded, event.total);
    };
    request.onerror = () => reject(new ApiError(toProblem(0, undefined)));
    request.onload = () => {
      let body: unknown;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (request.status >= 200 && request.status < 300) resolve(body as T);
      else reject(new ApiError(toProblem(request.status, body)));
    };
    request.send(form);
  });
}
