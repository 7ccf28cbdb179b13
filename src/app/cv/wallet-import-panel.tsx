// STUB (lead): the wallet-exchange helper owns this file.
export function WalletImportPanel(_props: { emailVerified: boolean }) {
  return null;
}
