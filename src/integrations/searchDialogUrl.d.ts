declare module 'virtual:search-dialog-url' {
  /** Address of the built search dialog module (src/integrations/searchDialog.ts). */
  const url: string;
  export default url;
}
