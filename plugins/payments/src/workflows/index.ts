export {
  cancelUnpaidBankTransferWorkflow,
  flagOverdueBankTransfersWorkflow,
  openBankTransferWorkflow,
  recordRemittanceWorkflow,
} from "./bank-transfer/workflows/bank-transfer"
