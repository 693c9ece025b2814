export { registersProjection } from './register-projection';
export {
  listAgendaRegister,
  listLetterRegister,
  type RegisterQuery,
  type AgendaEntry,
  type LetterEntry,
} from './register-queries';
