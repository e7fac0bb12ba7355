// The gupdate manifest Chrome and Edge poll for a self-hosted, policy-installed extension
// (ExtensionInstallForcelist "<id>;<URL of this file>").
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function updateXml(appId: string, codebase: string, version: string): string {
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${esc(appId)}'>`,
    `    <updatecheck codebase='${esc(codebase)}' version='${esc(version)}' />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}
