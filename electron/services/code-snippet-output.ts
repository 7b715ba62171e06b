/**
 * What the snippets do with the answer. httpsnippet's C# calls EnsureSuccessStatusCode, which throws the body of a
 * 401/400 away; the one thing a customer needs then is that body (invalid_client, a PoS error code), so the
 * snippets print the status and the body whatever the status is.
 */
const ENSURE = /^( *)response\.EnsureSuccessStatusCode\(\);\n/m;

export function showErrorBody(csharp: string): string {
  if (!ENSURE.test(csharp)) throw new Error('code snippet: expected EnsureSuccessStatusCode in the C# snippet');
  return csharp.replace(
    ENSURE,
    '$1// Status and body whatever the status: an error body (invalid_client, a PoS error code) says why it failed.\n$1Console.WriteLine($"{(int)response.StatusCode} {response.ReasonPhrase}");\n',
  );
}
